package org.unionworks.platform.excel;

/** Cell text made safe for spreadsheets: leading = + - @ (and tab, CR) cannot start a formula. */
public final class Cells {

    private Cells() {
    }

    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
