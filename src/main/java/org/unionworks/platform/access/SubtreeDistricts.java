package org.unionworks.platform.access;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the district on modules' own tables that carry it beside their union ({@link Kept}): the rows of a moved subtree
 * take its new district, a closed union's rows its successor's before the platform's {@code Handover} (order 100) gives
 * them to the successor. The figures find one district's rows by that column, and a distributed database places them by
 * it ({@link DistrictRows}).
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
    private final DistrictRows districts;
    private final List<Kept> kept;

    SubtreeDistricts(JdbcClient jdbc, DistrictRows districts, List<Kept> kept) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.kept = kept;
    }

    @EventListener
    void onSubtreeMoved(SubtreeMoved moved) {
        kept.forEach(k -> k.tables().forEach(table -> follow(table, moved)));
    }

    @EventListener
    @Order(0)
    void onUnionClosed(UnionClosed closed) {
        long district = jdbc.sql("select district_id from union_org where id = :id").param("id", closed.successorId())
                .query(Long.class).single();
        Map<String, Object> params = Map.of("closed", closed.unionId());
        kept.forEach(k -> k.tables().forEach(table -> districts.set(table, "union_id = :closed", params, district)));
    }

    /** The rows of the moved subtree's unions in {@code table} ({@code union_id}, {@code district_id}) take its district. */
    public int follow(String table, SubtreeMoved moved) {
        return districts.set(table, SUBTREE, Map.of("path", moved.path() + "%"), moved.districtId());
    }
}
