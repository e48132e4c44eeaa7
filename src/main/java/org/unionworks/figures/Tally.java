package org.unionworks.figures;

/**
 * A table of deltas kept by triggers on PostgreSQL (see the migrations V19_1 and V19_3): columns
 * {@code district_id}, {@code grain} ('D' a day, 'Y' the first day of a year), {@code day} and one
 * column per counted quantity. A tally counting by something besides the district keeps it either in a
 * column {@code part} of its own ({@code parted}, V58_2) or, as the older ones do, in a bucket
 * ({@code tally_bucket}, V28_2) whose id stands in {@code district_id}. A module declares its tally as a
 * bean; {@link Tallies} reads and folds it.
 */
public record Tally(String table, boolean parted) {

    /** A tally keyed by the district, or by a bucket. */
    public Tally(String table) {
        this(table, false);
    }

    /** A tally keyed by the district and a column {@code part}. */
    public static Tally byDistrictAndPart(String table) {
        return new Tally(table, true);
    }
}
