package org.unionworks.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import replaces the day's headcounts of each chunk's employers before writing them. The statistics have not seen the
 * import's earlier chunks (the day's counts: estimated 1 row), and the replacement once compared each of those rows with
 * each key of the chunk (0.9 s for the ninth chunk of 1,000 employers in the benchmark guard). It must find the rows by
 * probing each key, whatever the statistics say.
 */
class HeadcountRecountPlanApiTest extends ApiTestBase {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    KeyLookups keys;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDaysCountsAreFoundByProbingEachEmployer() {
        assumeTrue(TestDatabase.postgres() && !TestDatabase.citus(), "a plan of one PostgreSQL's planner");
        Http admin = admin();
        long district = district(admin, unique("人数计划区"));
        List<String> codes = importEmployers(admin, district, "人数单位", 1500);
        List<Long> ids = jdbc.queryForList("select id from employer where credit_code in (:codes) order by id", Map.of("codes", codes), Long.class);
        LocalDate day = LocalDate.now().plusYears(5);

        long[] left = new long[1];
        String plan = transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("analyze employer_headcount");
            // What stale statistics led the planner to in the guard, here on purpose: a nested loop judged cheapest.
            jdbc.getJdbcTemplate().execute("set local enable_hashjoin = off");
            jdbc.getJdbcTemplate().execute("set local enable_mergejoin = off");
            jdbc.update("insert into employer_headcount (employer_id, counted_on, employees, created_at)"
                    + " select id, :day, 60, current_timestamp from employer where id in (:ids)", Map.of("day", day, "ids", ids));
            String replaced = jdbc.queryForObject("explain (analyze, format json) delete from employer_headcount where "
                    + keys.idsWhere("employer_headcount", "employer_id", "ids", "counted_on = :on"),
                    Map.of("on", day, "ids", KeyLookups.keys("bigint", ids.subList(0, 1000))), String.class);
            left[0] = jdbc.queryForObject("select count(*) from employer_headcount where counted_on = :on", Map.of("on", day), Long.class);
            status.setRollbackOnly();
            return replaced;
        });
        JsonNode root = JsonMapper.builder().build().readTree(plan).get(0).get("Plan");
        assertThat(left[0]).as("the day's counts of the 500 employers not replaced").isEqualTo(500);
        assertThat(comparisonsDiscarded(root)).as("rows compared with keys and thrown away: %s", plan).isLessThan(10_000);
    }

    /** Rows a join or a scan read and discarded, over the whole plan and all its loops. */
    private static long comparisonsDiscarded(JsonNode node) {
        long loops = node.path("Actual Loops").asLong(1);
        long discarded = (node.path("Rows Removed by Join Filter").asLong(0) + node.path("Rows Removed by Filter").asLong(0)) * loops;
        if (node.has("Plans")) {
            for (JsonNode child : node.get("Plans")) {
                discarded += comparisonsDiscarded(child);
            }
        }
        return discarded;
    }
}
