package org.unionworks.platform.excel;

/**
 * One column of an importable type: its key, Chinese header, whether required, the dictionary
 * whose labels it takes (drop-down in the template), an example value and a note for the user.
 */
public record Column(String key, String header, boolean required, String dictType, String example, String note) {

    public static Column required(String key, String header, String example) {
        return new Column(key, header, true, null, example, null);
    }

    public static Column optional(String key, String header, String example) {
        return new Column(key, header, false, null, example, null);
    }

    /** What a union column accepts besides the number, said in every template that has one. */
    public static final String UNION_NOTE = "填工会编号，或工会全称、简称、统一社会信用代码（须在您的管辖范围内）";

    /** A required column naming a union, read with {@link ImportRow#union}: its number, name, short name or credit code. */
    public static Column union(String key, String header, String example) {
        return new Column(key, header, true, null, example, UNION_NOTE);
    }

    public Column dict(String type) {
        return new Column(key, header, required, type, example, note);
    }

    public Column note(String text) {
        return new Column(key, header, required, dictType, example, text);
    }
}
