package org.unionworks.platform.access;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the district on modules' own tables that carry it beside their union ({@link Kept}): the rows of a moved subtree
 * take its new district, a closed union's rows its successor's before the platform's {@code Handover} (order 100) gives
 * them to the successor. The figures find one district's rows by that column, and a distributed database places them by it.
 */
@Component
public class SubtreeDistricts {

    /** A module's tables whose {@code district_id} is their union's district ({@code union_id}), declared as a bean. */
    public record Kept(List<String> tables) {
        public Kept(String... tables) {
            this(List.of(tables));
        }
    }

    private static final String SUBTREE = "union_id in (select id from union_org where path like :path)";

    private final JdbcClient jdbc;
    private final List<Kept> kept;
    private final boolean distributedDatabase;

    SubtreeDistricts(JdbcClient jdbc, List<Kept> kept,
            @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.distributedDatabase = distributedDatabase;
    }

    @EventListener
    void onSubtreeMoved(SubtreeMoved moved) {
        Map<String, Object> params = Map.of("path", moved.path() + "%");
        kept.forEach(k -> k.tables().forEach(table -> setDistrict(table, SUBTREE, params, moved.districtId())));
    }

    @EventListener
    @Order(0)
    void onUnionClosed(UnionClosed closed) {
        long district = jdbc.sql("select district_id from union_org where id = :id").param("id", closed.successorId())
                .query(Long.class).single();
        Map<String, Object> params = Map.of("closed", closed.unionId());
        kept.forEach(k -> k.tables().forEach(table -> setDistrict(table, "union_id = :closed", params, district)));
    }

    /** {@code table} has {@code union_id} and {@code district_id}; returns the rows changed. */
    public static int follow(JdbcClient jdbc, String table, SubtreeMoved moved) {
        return jdbc.sql("update " + table + " set district_id = :district where " + SUBTREE + " and district_id <> :district")
                .param("district", moved.districtId()).param("path", moved.path() + "%").update();
    }

    private void setDistrict(String table, String rows, Map<String, Object> params, long district) {
        String where = " where " + rows + " and district_id <> :district";
        String sql = placedByDistrict(table) ? moveSql(table, where) : "update " + table + " set district_id = :district" + where;
        jdbc.sql(sql).params(params).param("district", district).update();
    }

    /**
     * A distributed table keeps each row on the shard of its district, and Citus never moves a row by an update: the rows
     * are taken out and written again with the new district, in one statement, keeping their ids.
     */
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
