package org.unionworks.assist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.SubtreeMoved;

/** Hardship files keep the district of their union's place in the tree, like members. */
@Component
class HardshipFileDistricts {

    private final JdbcClient jdbc;

    HardshipFileDistricts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onSubtreeMoved(SubtreeMoved event) {
        jdbc.sql("""
                update hardship_file set district_id = :district
                 where union_id in (select id from union_org where path like :path)
                   and (district_id is null or district_id <> :district)""")
                .param("district", event.districtId()).param("path", event.path() + "%").update();
    }
}
