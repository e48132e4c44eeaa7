package org.unionworks.platform.access;

import java.util.List;

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

    private final JdbcClient jdbc;
    private final List<Kept> kept;

    SubtreeDistricts(JdbcClient jdbc, List<Kept> kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    @EventListener
    void onSubtreeMoved(SubtreeMoved moved) {
        kept.forEach(k -> k.tables().forEach(table -> follow(jdbc, table, moved)));
    }

    @EventListener
    @Order(0)
    void onUnionClosed(UnionClosed closed) {
        Long district = jdbc.sql("select district_id from union_org where id = :id").param("id", closed.successorId())
                .query(Long.class).optional().orElse(null);
        kept.forEach(k -> k.tables().forEach(table -> jdbc.sql("update " + table + " set district_id = :district where union_id = :closed")
                .param("district", district).param("closed", closed.unionId()).update()));
    }

    /** {@code table} has {@code union_id} and {@code district_id}; returns the rows changed. */
    public static int follow(JdbcClient jdbc, String table, SubtreeMoved moved) {
        return jdbc.sql("update " + table + " set district_id = :district"
                        + " where union_id in (select id from union_org where path like :path)"
                        + " and (district_id is null or district_id <> :district)")
                .param("district", moved.districtId()).param("path", moved.path() + "%").update();
    }
}
