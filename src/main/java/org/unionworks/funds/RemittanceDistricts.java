package org.unionworks.funds;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.SubtreeDistricts;
import org.unionworks.platform.access.SubtreeMoved;

/** Remittances and returns keep the district of their union's place in the tree, like members (and so does the tally). */
@Component
class RemittanceDistricts {

    private final JdbcClient jdbc;

    RemittanceDistricts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onSubtreeMoved(SubtreeMoved event) {
        SubtreeDistricts.follow(jdbc, "remittance", event);
        SubtreeDistricts.follow(jdbc, "fund_return", event);
    }
}
