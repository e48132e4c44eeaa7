package org.unionworks.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;

/** What a test of a tally checks after a compaction, whatever the tally. */
public final class TallyChecks {

    private TallyChecks() {
    }

    /**
     * Compacts every tally and checks that {@code table} is folded to one row per district, grain and
     * day, and that compacting it again rewrites none of its rows (nothing is left to fold).
     */
    public static void compactAndCheckFolded(JdbcTemplate jdbc, Tallies tallies, String table) {
        tallies.compact();
        checkFolded(jdbc, table);
        String versions = "select string_agg(xmin::text, ',' order by " + keys(jdbc, table) + ") from " + table;
        String before = jdbc.queryForObject(versions, String.class);
        tallies.compact();
        assertThat(jdbc.queryForObject(versions, String.class)).as(table + " rows rewritten by a compaction with nothing to fold")
                .isEqualTo(before);
    }

    /** Each key of {@code table} (district, part where it has one, grain, day) has one row. */
    public static void checkFolded(JdbcTemplate jdbc, String table) {
        long keys = jdbc.queryForObject("select count(*) from (select distinct " + keys(jdbc, table) + " from " + table + ") k", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table + " folded").isEqualTo(keys);
    }

    private static String keys(JdbcTemplate jdbc, String table) {
        boolean parted = jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = current_schema()"
                + " and table_name = ? and column_name = 'part'", Long.class, table) > 0;
        return parted ? "district_id, part, grain, day" : "district_id, grain, day";
    }
}
