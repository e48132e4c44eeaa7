package org.unionworks.platform.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rewrites the district kept on a module's own table for the rows of a moved subtree's unions. */
public final class SubtreeDistricts {

    private SubtreeDistricts() {
    }

    /** {@code table} has {@code union_id} and {@code district_id}; returns the rows changed. */
    public static int follow(JdbcClient jdbc, String table, SubtreeMoved moved) {
        return jdbc.sql("update " + table + " set district_id = :district"
                        + " where union_id in (select id from union_org where path like :path)"
                        + " and (district_id is null or district_id <> :district)")
                .param("district", moved.districtId()).param("path", moved.path() + "%").update();
    }
}
