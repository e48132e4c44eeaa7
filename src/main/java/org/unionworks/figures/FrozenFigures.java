package org.unionworks.figures;

import java.time.LocalDate;
import java.util.Map;

/**
 * Values of figures frozen in an approved annual statistical return, for a dashboard or a report that shows the signed
 * numbers instead of today's (implemented by the statistics module, which depends on this one, not the other way).
 */
public interface FrozenFigures {

    /**
     * Figure key → frozen value of the union's approved return whose statistical year is exactly {@code from}–{@code to}
     * (stocks on {@code on} = {@code to}); empty when there is none.
     */
    Map<String, Number> frozen(long unionId, LocalDate on, LocalDate from, LocalDate to);
}
