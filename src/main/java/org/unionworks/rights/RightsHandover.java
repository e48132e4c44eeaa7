package org.unionworks.rights;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.Handover;

/** A closed union's rights cases, campaigns and legal outreach pass to its successor. */
@Component
class RightsHandover {

    private final JdbcClient jdbc;

    RightsHandover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onUnionClosed(UnionClosed closed) {
        Handover.move(jdbc, closed, "rights_case", "union_id");
        Handover.move(jdbc, closed, "rights_campaign", "union_id");
        Handover.move(jdbc, closed, "outreach", "union_id");
    }
}
