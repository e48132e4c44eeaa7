package org.unionworks.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a figure can be broken down by ({@code GET /api/figures?by=<key>}): its key, its Chinese name,
 * and where the labels of its values come from, a dictionary of the platform or a fixed list (in the
 * order they are shown). The same key means the same thing for every figure that has it.
 */
public record Dimension(String key, String name, String dictionary, Map<String, String> labels) {

    /** 基层工会类型: the kind of the grassroots union a record belongs to, which the figures of several modules are broken down by. */
    public static final Dimension GRASSROOTS_KIND = ofDictionary("grassrootsKind", "基层工会类型", "grassroots_kind");

    /** Values that are codes of a platform dictionary (问题类别, 维权案件类别, 基层工会类型 …). */
    public static Dimension ofDictionary(String key, String name, String dictionaryType) {
        return new Dimension(key, name, dictionaryType, Map.of());
    }

    /** Values with fixed labels, e.g. an enum's: code, label, code, label … in display order. */
    public static Dimension of(String key, String name, String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return new Dimension(key, name, null, labels);
    }
}
