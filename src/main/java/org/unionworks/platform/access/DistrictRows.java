package org.unionworks.platform.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes the district that a module's rows keep ({@code district_id}). On PostgreSQL an update. On a Citus cluster
 * ({@code unionworks.database.distributed}) a table distributed by district keeps each row on the shard of its district
 * and Citus never moves a row by an update: there the rows are taken out and written again with the new district, in one
 * statement, keeping their ids.
 */
@Component
public class DistrictRows {

    private final JdbcClient jdbc;
    private final boolean distributedDatabase;
    /** Per table, its columns when it is distributed by district; placement changes only with a migration run. */
    private final Map<String, Optional<List<String>>> placed = new ConcurrentHashMap<>();

    DistrictRows(JdbcClient jdbc, @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.distributedDatabase = distributedDatabase;
    }

    /** The rows of {@code table} matching the condition {@code rows} (its parameters in {@code params}) take {@code district}. */
    public int set(String table, String rows, Map<String, ?> params, long district) {
        return set(table, rows, params, district, Map.of());
    }

    /**
     * As {@link #set(String, String, Map, long)}, and every matching row, moved or not, also takes the values in
     * {@code also}: per column an SQL expression over the row's columns and the parameters (a member changing union).
     */
    public int set(String table, String rows, Map<String, ?> params, long district, Map<String, String> also) {
        Optional<List<String>> columns = distributedDatabase ? placed.computeIfAbsent(table, this::columnsIfPlaced) : Optional.empty();
        if (columns.isEmpty()) {
            Map<String, String> assigned = new LinkedHashMap<>(also);
            assigned.put("district_id", ":district");
            String moving = also.isEmpty() ? " and district_id <> :district" : "";
            return update("update " + table + " set " + assignments(assigned) + " where (" + rows + ")" + moving, params, district);
        }
        int stayed = also.isEmpty() ? 0
                : update("update " + table + " set " + assignments(also) + " where (" + rows + ") and district_id = :district", params, district);
        String written = columns.get().stream().map(c -> c.equals("district_id") ? ":district" : also.getOrDefault(c, c))
                .collect(Collectors.joining(", "));
        return stayed + update("with moved as (delete from " + table + " where (" + rows + ") and district_id <> :district returning *)"
                + " insert into " + table + " (" + String.join(", ", columns.get()) + ") select " + written + " from moved", params, district);
    }

    private int update(String sql, Map<String, ?> params, long district) {
        return jdbc.sql(sql).params(params).param("district", district).update();
    }

    private static String assignments(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    private Optional<List<String>> columnsIfPlaced(String table) {
        boolean byDistrict = jdbc.sql("select count(*) from pg_dist_partition where logicalrelid = to_regclass(:t) and partmethod = 'h'")
                .param("t", table).query(Long.class).single() > 0;
        return byDistrict ? Optional.of(jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema()"
                + " and table_name = :t order by ordinal_position").param("t", table).query(String.class).list()) : Optional.empty();
    }
}
