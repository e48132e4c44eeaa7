package org.unionworks.platform.access;

import java.util.List;
import java.util.Map;
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

    DistrictRows(JdbcClient jdbc, @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.distributedDatabase = distributedDatabase;
    }

    /** The rows of {@code table} matching the condition {@code rows} (its parameters in {@code params}) take {@code district}. */
    public int set(String table, String rows, Map<String, ?> params, long district) {
        String where = " where (" + rows + ") and district_id <> :district";
        String sql = placedByDistrict(table) ? moveSql(table, where) : "update " + table + " set district_id = :district" + where;
        return jdbc.sql(sql).params(params).param("district", district).update();
    }

    private String moveSql(String table, String where) {
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema()"
                + " and table_name = :t order by ordinal_position").param("t", table).query(String.class).list();
        String written = columns.stream().map(c -> c.equals("district_id") ? ":district" : c).collect(Collectors.joining(", "));
        return "with moved as (delete from " + table + where + " returning *) insert into " + table + " ("
                + String.join(", ", columns) + ") select " + written + " from moved";
    }

    private boolean placedByDistrict(String table) {
        return distributedDatabase && jdbc.sql("select count(*) from pg_dist_partition where logicalrelid = to_regclass(:t)"
                + " and partmethod = 'h'").param("t", table).query(Long.class).single() > 0;
    }
}
