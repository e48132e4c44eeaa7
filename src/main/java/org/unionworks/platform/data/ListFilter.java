package org.unionworks.platform.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.unionworks.platform.validation.Texts;

/**
 * A list's filters as one specification: the subtree it starts from, then a kind, a period and a
 * text, each left out when the user gave none — the filters every list of the product offers.
 */
public final class ListFilter<T> {

    private final List<Specification<T>> parts = new ArrayList<>();

    private ListFilter(Specification<T> first) {
        parts.add(first);
    }

    /** Starts from the rows the user asked for (the subtree of a union, as a rule). */
    public static <T> ListFilter<T> of(Specification<T> first) {
        return new ListFilter<>(first);
    }

    /** Rows whose attribute equals the value (a dictionary code, say); any when blank. */
    public ListFilter<T> equal(String attribute, String value) {
        String v = Texts.blankToNull(value);
        if (v != null) {
            parts.add((r, query, cb) -> cb.equal(r.get(attribute), v.strip()));
        }
        return this;
    }

    /** Rows dated within the period, both ends inclusive, either open. */
    public ListFilter<T> period(String attribute, LocalDate from, LocalDate to) {
        parts.add(DateRange.of(attribute, from, to));
        return this;
    }

    /** The escape character of the patterns below, to pass to {@code like}. */
    public static final char ESCAPE = '\\';

    /** A LIKE pattern for values containing the text as typed: % and _ are the characters, not wildcards. */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A LIKE pattern for values starting with the text as typed. */
    public static String startingWith(String text) {
        String p = containing(text);
        return p.substring(1);
    }

    /** Rows whose attribute contains the text; any when blank. */
    public ListFilter<T> contains(String attribute, String text) {
        String v = Texts.blankToNull(text);
        if (v != null) {
            String pattern = containing(v);
            parts.add((r, query, cb) -> cb.like(r.get(attribute), pattern, ESCAPE));
        }
        return this;
    }

    /** A condition of the list's own, applied when {@code when} holds. */
    public ListFilter<T> where(boolean when, Specification<T> condition) {
        if (when) {
            parts.add(condition);
        }
        return this;
    }

    public Specification<T> spec() {
        return Specification.allOf(parts);
    }
}
