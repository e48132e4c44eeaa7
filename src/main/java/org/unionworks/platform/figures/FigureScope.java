package org.unionworks.platform.figures;

import java.time.LocalDate;

/**
 * Where and when a figure is asked for: the subtree (its path prefix, already checked against the
 * caller's data scope), the date of a stock figure, and the period of a flow figure (both inclusive).
 */
public record FigureScope(String pathPrefix, LocalDate on, LocalDate from, LocalDate to) {

    /** The SQL LIKE pattern for "this union and everything under it". */
    public String subtree() {
        return pathPrefix + "%";
    }
}
