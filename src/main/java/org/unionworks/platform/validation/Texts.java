package org.unionworks.platform.validation;

/**
 * What users type or paste. {@link #clean} only trims (names and labels keep their full-width
 * Chinese punctuation); {@link #normalize} also folds full-width ASCII, for codes, numbers and dates.
 */
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

    /** Trimmed of all Unicode white space (including the ideographic space); null stays null. */
    public static String clean(String value) {
        return value == null ? null : value.strip();
    }

    /** Cleaned, with blank turned into null. */
    public static String blankToNull(String value) {
        String n = clean(value);
        return n == null || n.isEmpty() ? null : n;
    }
}
