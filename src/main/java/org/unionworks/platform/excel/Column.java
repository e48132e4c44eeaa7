package org.unionworks.platform.excel;

/**
 * One column of an importable type: its key, Chinese header, whether required, the dictionary
 * whose labels it takes (drop-down in the template), an example value and a note for the user.
 */
public record Column(String key, String header, boolean required, String dictType, String example, String note,
                     Plausible plausible) {

    /**
     * The amounts a column plausibly holds, in 元 (e.g. an aid of 10 to 50,000 元): a bare number outside
     * them is refused with a hint (22.2 meant as 万元?); written with its unit (「22.2元」「22.2万」) it is taken
     * as written. Overridable per template and column: {@code unionworks.import.plausible.<entity>.<key>=10..50000}.
     */
    public record Plausible(java.math.BigDecimal low, java.math.BigDecimal high) {
    }

    public Column(String key, String header, boolean required, String dictType, String example, String note) {
        this(key, header, required, dictType, example, note, null);
    }

    public static Column required(String key, String header, String example) {
        return new Column(key, header, true, null, example, null);
    }

    public static Column optional(String key, String header, String example) {
        return new Column(key, header, false, null, example, null);
    }

    /** This amount column with its plausible range in 元 (see {@link Plausible}). */
    public Column plausible(String low, String high) {
        return new Column(key, header, required, dictType, example, note,
                new Plausible(new java.math.BigDecimal(low), new java.math.BigDecimal(high)));
    }

    public Column plausible(Plausible range) {
        return new Column(key, header, required, dictType, example, note, range);
    }

    /** What a union column accepts besides the number, said in every template that has one. */
    public static final String UNION_NOTE = "填工会编号，或工会全称、简称、统一社会信用代码（须在您的管辖范围内）";

    /** A required column naming a union, read with {@link ImportRow#union}: its number, name, short name or credit code. */
    public static Column union(String key, String header, String example) {
        return new Column(key, header, true, null, example, UNION_NOTE);
    }

    public Column dict(String type) {
        return new Column(key, header, required, type, example, note, plausible);
    }

    public Column note(String text) {
        return new Column(key, header, required, dictType, example, text, plausible);
    }
}
