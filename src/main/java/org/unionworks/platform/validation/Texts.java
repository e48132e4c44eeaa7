package org.unionworks.platform.validation;

/** Normalizes what users type or paste: trims, folds full-width ASCII to half-width. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, full-width letters, digits and punctuation folded to ASCII, ideographic space removed; null stays null. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** Normalized, with blank turned into null. */
    public static String blankToNull(String value) {
        String n = normalize(value);
        return n == null || n.isEmpty() ? null : n;
    }
}
