package org.unionworks.activity;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.Handover;

/** A closed union's activities, research rounds and work groups (and groups stationed at it) pass to its successor. */
@Component
class ActivityHandover {

    private final JdbcClient jdbc;

    ActivityHandover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onUnionClosed(UnionClosed closed) {
        Handover.move(jdbc, closed, "activity", "union_id");
        Handover.move(jdbc, closed, "research_round", "union_id");
        Handover.move(jdbc, closed, "work_group", "union_id");
        Handover.move(jdbc, closed, "work_group", "stationed_union_id");
        Handover.move(jdbc, closed, "practical_matter", "union_id");
    }
}
