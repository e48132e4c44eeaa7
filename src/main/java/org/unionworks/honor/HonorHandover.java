package org.unionworks.honor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.Handover;

/** A closed union's honorees, their care and stories, its campaigns, quotas and nominations pass to its successor. */
@Component
class HonorHandover {

    private final JdbcClient jdbc;

    HonorHandover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onUnionClosed(UnionClosed closed) {
        for (String table : new String[] {"honoree", "care_record", "honor_story", "honor_campaign", "campaign_quota",
                "nomination"}) {
            Handover.move(jdbc, closed, table, "union_id");
        }
    }
}
