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

    public Column dict(String type) {
        return new Column(key, header, required, type, example, note);
    }

    public Column note(String text) {
        return new Column(key, header, required, dictType, example, text);
    }
}
