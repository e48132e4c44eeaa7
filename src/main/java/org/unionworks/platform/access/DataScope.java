package org.unionworks.platform.access;

/** The data-scope filter: names and the two SQL conditions every scoped entity uses. */
public final class DataScope {

    public static final String FILTER = "dataScope";
    public static final String PARAM = "scopePath";

    /** The pattern that matches every path: a city-wide user, or no user acting (start-up, scheduled jobs). */
    static final String EVERYTHING = "/%";

    /**
     * For rows that carry the union they belong to in a {@code union_id} column. A city-wide scope
     * ({@link #EVERYTHING}) skips the lookup of the unions: every union is under the root, and reading
     * all 50,000 of them cost each city-wide list query tens of milliseconds.
     */
    public static final String BY_UNION = "(:scopePath = '" + EVERYTHING + "' or"
            + " {alias}.union_id in (select scope_org.id from union_org scope_org where scope_org.path like :scopePath))";

    /** For rows that belong to two unions at once (a transfer's sending and receiving union): either side sees them. */
    public static final String BY_FROM_OR_TO_UNION =
            "({alias}.from_union_id in (select s1.id from union_org s1 where s1.path like :scopePath)"
            + " or {alias}.to_union_id in (select s2.id from union_org s2 where s2.path like :scopePath))";

    /** For the union tree itself. */
    public static final String BY_PATH = "{alias}.path like :scopePath";

    private DataScope() {
    }
}
