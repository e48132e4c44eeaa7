package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.TestDatabase;

/**
 * No trigger function asks "did any row change?" as an exists over a join of its old and new transition tables: PostgreSQL
 * plans an exists to stop at the first match, by a nested loop that compares every old row with every new one when none
 * matches (17 s for an update of 20,000 rows, 92 ms asked as a count; V59_12).
 */
class TriggerQuestionsApiTest extends ApiTestBase {

    private static final String TRANSITION = "(changed_old|old_rows|changed_new|new_rows)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTriggerJoinsItsTransitionTablesInAnExists() {
        assumeTrue(TestDatabase.postgres(), "PostgreSQL's trigger functions");
        assertThat(jdbc.queryForList("select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = current_schema() and p.prosrc ~* ?", String.class,
                "exists\\s*\\(\\s*select\\s+1\\s+from\\s+" + TRANSITION + "\\s+\\w+\\s+join\\s+" + TRANSITION)).isEmpty();
    }
}
