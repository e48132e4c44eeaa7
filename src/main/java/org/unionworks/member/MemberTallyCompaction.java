package org.unionworks.member;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;

/**
 * Folds the member tally's deltas into one row per district and day (PostgreSQL only), so the city and
 * district member figures read a few thousand rows however many imports and edits came before. Every figure is the
 * same before and after: compaction only adds up what is there.
 */
@Component
class MemberTallyCompaction {

    private final JdbcClient jdbc;
    private final boolean postgres;

    MemberTallyCompaction(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.postgres = bulk.postgres();
    }

    @Scheduled(fixedDelayString = "${unionworks.member.tally-compaction:PT2M}", initialDelayString = "PT1M")
    void compact() {
        if (postgres) {
            jdbc.sql("select member_tally_compact()").query((rs, n) -> 0).list();
        }
    }
}
