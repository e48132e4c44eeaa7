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

    /** A text the user must give (a reason for a correction or withdrawal), cleaned; refused on {@code field} when empty. */
    public static String required(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new org.unionworks.platform.error.InvalidInputException(field, "请填写" + label);
        }
        return clean(value);
    }

    /** Cleaned, with blank turned into null. */
    public static String blankToNull(String value) {
        String n = clean(value);
        return n == null || n.isEmpty() ? null : n;
    }

    /**
     * Without control characters (tab and line breaks stay), bidirectional overrides and zero-width
     * characters: a name made of them would look empty or reversed on screen and in exports.
     */
    public static String withoutInvisible(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (invisible(c)) {
                if (sb == null) {
                    sb = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static boolean invisible(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= '\u200B' && c <= '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2069'
                || c == '\uFEFF';
    }

    /** An uploaded file's name as it may be stored and shown: its last path segment, visible characters only. */
    public static String fileName(String original) {
        String name = original == null ? "" : withoutInvisible(original).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }
}
