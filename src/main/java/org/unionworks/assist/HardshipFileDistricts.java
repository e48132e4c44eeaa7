package org.unionworks.assist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.SubtreeDistricts;
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
        SubtreeDistricts.follow(jdbc, "hardship_file", event);
    }
}
