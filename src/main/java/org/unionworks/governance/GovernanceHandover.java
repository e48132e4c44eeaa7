package org.unionworks.governance;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.Handover;

/** A closed union's rules, problem ledger and major matters pass to its successor. */
@Component
class GovernanceHandover {

    private final JdbcClient jdbc;

    GovernanceHandover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onUnionClosed(UnionClosed closed) {
        Handover.move(jdbc, closed, "rule_doc", "union_id");
        Handover.move(jdbc, closed, "rectification", "union_id");
        Handover.move(jdbc, closed, "major_matter", "union_id");
    }
}
