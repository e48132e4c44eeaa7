package org.unionworks.honor;

import java.util.Arrays;
import java.util.Optional;

/** A model worker's situation (在职, 退休, 已故): the deceased are kept but left out of care, allowances and lists of the living. */
enum HonoreeStatus {
    WORKING("在职"), RETIRED("退休"), DECEASED("已故");

    private final String label;

    HonoreeStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The status whose code or Chinese label a spreadsheet cell or a request holds. */
    static Optional<HonoreeStatus> of(String codeOrLabel) {
        return Arrays.stream(values()).filter(s -> s.name().equals(codeOrLabel) || s.label.equals(codeOrLabel)).findFirst();
    }
}
