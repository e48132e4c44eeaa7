package org.unionworks.figures;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where and when a figure is asked for: the subtree (its path prefix, already checked against the
 * caller's data scope), the date of a stock figure, and the period of a flow figure (both inclusive).
 */
public record FigureScope(String pathPrefix, LocalDate on, LocalDate from, LocalDate to) {

    /** The SQL LIKE pattern for "this union and everything under it". */
    public String subtree() {
        return pathPrefix + "%";
    }

    /** The whole city: the root's one-segment path. */
    public boolean city() {
        return pathPrefix.indexOf('/', 1) == pathPrefix.length() - 1;
    }

    /** The district's id when the scope is one district (a union one level below the root), else null. */
    public Long district() {
        return pathPrefix.split("/").length == 3 ? inDistrict() : null;
    }

    /** The district the scope lies in when it is below the city: its path's second segment, else null. */
    Long inDistrict() {
        return org.unionworks.platform.access.OrgTree.districtIn(pathPrefix);
    }

    /**
     * SQL condition "the union in {@code unionColumn} is in the subtree", using the {@code :p}
     * parameter ({@link #subtree()}); for the whole city no lookup at all (every union is under the root).
     * For a {@link #keepingDistrict} column below the city the district is named too ({@code :district} alone for one
     * district, with the subtree below it), so that Citus, placing rows by district, reads that district's shard alone.
     */
    public String unionsIn(String unionColumn) {
        int bar = unionColumn.indexOf('|');
        if (bar >= 0) {
            String union = unionColumn.substring(0, bar);
            String district = unionColumn.substring(bar + 1);
            if (district() != null) {
                return district + " = :district";
            }
            return inDistrict() == null ? unionsIn(union) : "(" + district + " = :inDistrict and " + unionsIn(union) + ")";
        }
        return city() ? unionColumn + " is not null" : org.unionworks.platform.access.SqlScopes.inSubtree(unionColumn, "p");
    }

    /**
     * The union column of a table that also keeps its union's district ({@code alias.district_id}, written with the row
     * and following moves through {@code SubtreeDistricts}), for {@link #query} and the methods built on it: one district
     * is then found by that column (and an index led by it) instead of every row of the city joined to the union tree.
     */
    public static String keepingDistrict(String alias) {
        return alias + ".union_id|" + alias + ".district_id";
    }

    /**
     * A figure's query for this scope: {@code sql} with {@link #unionsIn} of each column in place of its
     * {@code %s} in turn, and the scope's {@code :p}, {@code :district}, {@code :inDistrict}, {@code :on}, {@code :from}
     * and {@code :to} bound (those the SQL does not name are ignored).
     */
    public JdbcClient.StatementSpec query(JdbcClient jdbc, String sql, String... unionColumns) {
        Object[] conditions = Arrays.stream(unionColumns).map(this::unionsIn).toArray();
        return jdbc.sql(sql.formatted(conditions)).param("p", subtree()).param("district", district())
                .param("inDistrict", inDistrict()).param("on", on).param("from", from).param("to", to);
    }

    /** The one number {@link #query} returns. */
    public long count(JdbcClient jdbc, String sql, String... unionColumns) {
        return query(jdbc, sql, unionColumns).query(Long.class).single();
    }

    /**
     * A breakdown's parts: {@link #query} of SQL that selects a value code and a number per group
     * ({@code select t.kind, count(*) … group by t.kind}); a null code stands for records without one.
     */
    public java.util.Map<String, Number> parts(JdbcClient jdbc, String sql, String... unionColumns) {
        return parts(query(jdbc, sql, unionColumns));
    }

    /** The parts a statement selects (a value code and a number per row), for queries with parameters of their own. */
    public static java.util.Map<String, Number> parts(JdbcClient.StatementSpec statement) {
        java.util.Map<String, Number> parts = new java.util.LinkedHashMap<>();
        statement.query((rs, n) -> parts.merge(rs.getString(1), (Number) rs.getObject(2), Figures::sum)).list();
        return parts;
    }

    /**
     * A figure per union, for the annual forms of many unions at once: {@link #query} of SQL that selects the union a
     * record belongs to and a number per group ({@code select t.union_id, count(*) … group by t.union_id}).
     */
    public java.util.Map<Long, Number> perUnion(JdbcClient jdbc, String sql, String... unionColumns) {
        return perUnion(query(jdbc, sql, unionColumns));
    }

    /** A number per record: SQL selecting a record's id and what it adds ({@code select m.id, 1 …}), for {@link Indicator#rows}. */
    public java.util.Map<Long, Number> byId(JdbcClient jdbc, String sql, String... unionColumns) {
        return perUnion(query(jdbc, sql, unionColumns));
    }

    /** The numbers a statement selects per union (a union id and a number per row), for queries with parameters of their own. */
    public static java.util.Map<Long, Number> perUnion(JdbcClient.StatementSpec statement) {
        java.util.Map<Long, Number> values = new java.util.HashMap<>();
        statement.query((rs, n) -> values.merge(rs.getLong(1), (Number) rs.getObject(2), Figures::sum)).list();
        return values;
    }

    /** Labels of records by id, from SQL selecting an id, a label and when the record was entered for {@code :ids}. */
    public static java.util.Map<Long, Indicator.RowInfo> rowInfo(JdbcClient jdbc, String sql, java.util.Collection<Long> ids) {
        java.util.Map<Long, Indicator.RowInfo> info = new java.util.HashMap<>();
        java.util.List<Long> all = java.util.List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql(sql).param("ids", all.subList(from, Math.min(all.size(), from + 1000))).query(rs -> {
                info.put(rs.getLong(1), new Indicator.RowInfo(rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class)));
            });
        }
        return info;
    }
}
