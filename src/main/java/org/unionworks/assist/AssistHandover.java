package org.unionworks.assist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.Handover;

/**
 * A closed union's needy-worker files take its successor's district before the platform's
 * {@link Handover} moves them (and the module's other rows, declared in AssistModuleConfig).
 */
@Component
class AssistHandover {

    private final JdbcClient jdbc;
    private final OrgDirectory directory;

    AssistHandover(JdbcClient jdbc, OrgDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventListener
    @org.springframework.core.annotation.Order(0)
    void onUnionClosed(UnionClosed closed) {
        Long district = directory.union(closed.successorId()).map(UnionInfo::districtId).orElse(null);
        jdbc.sql("update hardship_file set district_id = :district where union_id = :closed")
                .param("district", district).param("closed", closed.unionId()).update();
    }
}
