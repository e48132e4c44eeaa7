package org.unionworks.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.platform.figures.Tallies;

/** What a test of a tally checks after a compaction, whatever the tally. */
public final class TallyChecks {

    private TallyChecks() {
    }

    /** Compacts every tally and checks that {@code table} is folded to one row per district, grain and day. */
    public static void compactAndCheckFolded(JdbcTemplate jdbc, Tallies tallies, String table) {
        tallies.compact();
        long keys = jdbc.queryForObject("select count(*) from (select distinct district_id, grain, day from " + table + ") k", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table + " folded").isEqualTo(keys);
    }
}
