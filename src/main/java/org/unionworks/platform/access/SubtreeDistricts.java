package org.unionworks.platform.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * A module's tables whose {@code district_id} is their union's district ({@code union_id}), declared as a bean, and
     * its tables whose {@code district_id} is that of the row they belong to ({@link Child}), each after its parent.
     */
    public record Kept(List<String> tables, List<Child> children) {
        public Kept(String... tables) {
            this(List.of(tables), List.of());
        }

        /** These tables and {@code child}, whose rows follow their parent's district once the parent's rows have moved. */
        public Kept and(Child child) {
            return new Kept(tables, Stream.concat(children.stream(), Stream.of(child)).toList());
        }
    }

    /** A table whose rows name a row of {@code parent} by {@code key} and keep that row's district. */
    public record Child(String table, String key, String parent) {
        /** The rows that are not yet in their parent's district, once the parents have moved there. */
        String behind() {
            return key + " in (select id from " + parent + " where district_id = :district)";
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
        Map<String, Integer> counts = new HashMap<>();
        kept.forEach(k -> k.tables().forEach(table -> counts.put(table, follow(table, moved))));
        catchUp(moved.districtId(), counts);
    }

    @EventListener
    @Order(0)
    void onUnionClosed(UnionClosed closed) {
        long district = jdbc.sql("select district_id from union_org where id = :id").param("id", closed.successorId())
                .query(Long.class).single();
        Map<String, Object> params = Map.of("closed", closed.unionId());
        Map<String, Integer> counts = new HashMap<>();
        kept.forEach(k -> k.tables().forEach(table -> counts.put(table, districts.set(table, "union_id = :closed", params, district))));
        catchUp(district, counts);
    }

    /** The children of the rows that have just moved to {@code district} ({@code moved}, per table) follow them there. */
    private void catchUp(long district, Map<String, Integer> moved) {
        kept.forEach(k -> k.children().stream().filter(child -> moved.getOrDefault(child.parent(), 0) > 0)
                .forEach(child -> moved.put(child.table(), districts.set(child.table(), child.behind(), Map.of(), district))));
    }

    /** The rows of the moved subtree's unions in {@code table} ({@code union_id}, {@code district_id}) take its district. */
    public int follow(String table, SubtreeMoved moved) {
        return districts.set(table, SUBTREE, Map.of("path", moved.path() + "%"), moved.districtId());
    }
}
