package org.unionworks.platform.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional clauses of a template's paragraph ({@link WordTemplates#OPTIONAL}): {@code [[…]]} said when one of its
 * figures has something, {@code [[prefix|item|…|suffix]]} keeping the items that have something, nested clauses
 * decided from the inside out.
 */
final class OptionalClauses {

    /** 0, or an amount of nothing such as 0.00. */
    private static final Pattern ZERO = Pattern.compile("0(\\.0+)?");

    private OptionalClauses() {
    }

    /** The text with each outermost clause decided; an unclosed {@code [[} is left as written. */
    static String decide(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = text.indexOf("[[", at); open >= 0; open = text.indexOf("[[", at)) {
            int close = closing(text, open);
            if (close < 0) {
                out.append(text, at, open + 2);
            } else {
                out.append(text, at, open).append(clause(text.substring(open + 2, close), values));
            }
            at = close < 0 ? open + 2 : close + 2;
        }
        return out.append(text.substring(at)).toString();
    }

    /** Whether every {@code [[} in the text has its {@code ]]} and no {@code ]]} comes before its {@code [[}. */
    static boolean paired(String text) {
        int depth = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int b = bracket(text, i);
            if (b != 0) {
                depth += b;
                if (depth < 0) {
                    return false;
                }
                i++;
            }
        }
        return depth == 0;
    }

    /** 1 where a clause opens at {@code i}, -1 where one closes, 0 elsewhere. */
    private static int bracket(String text, int i) {
        return text.startsWith("[[", i) ? 1 : text.startsWith("]]", i) ? -1 : 0;
    }

    /** Where the clause opened at {@code open} closes, counting the clauses nested in it; -1 if it never does. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i + 1 < text.length(); i++) {
            int b = bracket(text, i);
            if (b != 0) {
                depth += b;
                if (depth == 0) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static String clause(String body, Map<String, String> values) {
        List<String> parts = topLevelParts(body);
        if (parts.size() < 3) {
            return said(body, values);
        }
        List<String> kept = new ArrayList<>();
        for (String item : parts.subList(1, parts.size() - 1)) {
            String said = said(item, values);
            if (!said.isEmpty()) {
                kept.add(said);
            }
        }
        return kept.isEmpty() ? "" : decide(parts.get(0), values) + String.join("、", kept)
                + decide(parts.get(parts.size() - 1), values);
    }

    /** The text with its inner clauses decided, or nothing when no figure left in it has something. */
    private static String said(String text, Map<String, String> values) {
        String inner = decide(text, values);
        boolean lostEveryFigure = WordTemplates.in(inner).isEmpty() && !WordTemplates.in(text).isEmpty();
        return !lostEveryFigure && hasSomething(inner, values) ? inner : "";
    }

    /** A list clause's prefix, items and suffix: split at the {@code |} outside its nested clauses. */
    private static List<String> topLevelParts(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            int b = bracket(body, i);
            if (b != 0) {
                depth += b;
                i++;
            } else if (body.charAt(i) == '|' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    /** Whether text has no placeholder, or one whose value is more than nothing. */
    private static boolean hasSomething(String text, Map<String, String> values) {
        Set<String> used = WordTemplates.in(text);
        return used.isEmpty() || used.stream().map(values::get).anyMatch(v -> v != null && !ZERO.matcher(v).matches() && !v.equals("—"));
    }
}
