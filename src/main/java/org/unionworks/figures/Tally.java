package org.unionworks.figures;

/**
 * A table of deltas kept by triggers on PostgreSQL (see the migrations V19_1 and V19_3): columns
 * {@code district_id}, {@code grain} ('D' a day, 'Y' the first day of a year), {@code day} and one
 * column per counted quantity. A module declares its tally as a bean; {@link Tallies} reads and folds it.
 */
public record Tally(String table) {
}
