package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.TestDatabase;

/** On PostgreSQL the database itself refuses to change or delete the audit log, whoever asks. */
class AuditAppendOnlyApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditLogRefusesUpdateAndDelete() {
        admin();
        long rows = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        assertThat(rows).isPositive();
        if (!TestDatabase.postgres()) {
            return; // on the embedded H2 the rule is the application's: no code path updates or deletes it
        }
        assertThatThrownBy(() -> jdbc.update("update audit_log set summary = 'changed'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isGreaterThanOrEqualTo(rows);
    }
}
