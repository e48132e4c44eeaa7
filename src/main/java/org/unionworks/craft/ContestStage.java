package org.unionworks.craft;

import java.util.Arrays;
import java.util.Optional;

/** How far an entrant came: 岗位练兵, 选拔赛（初赛）, 决赛. Only finalists have results. */
enum ContestStage {
    PRACTICE("岗位练兵"), SELECTION("选拔赛"), FINAL("决赛");

    private final String label;

    ContestStage(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** By code or Chinese label (初赛 is a 选拔赛). */
    static Optional<ContestStage> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("初赛")) {
            return Optional.of(SELECTION);
        }
        return Arrays.stream(values()).filter(s -> s.name().equals(t) || s.label.equals(t)).findFirst();
    }
}
