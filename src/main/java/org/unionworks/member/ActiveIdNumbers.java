package org.unionworks.member;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.validation.IdNumbers;

/**
 * Keeps one ID number from becoming two current memberships at once. On PostgreSQL the unique key on
 * {@code member.active_id_number} holds it for the whole city. On a Citus cluster ({@code unionworks.database.distributed})
 * that key holds within a district only (Citus enforces a key that holds the distribution column), so the writers take a
 * lock on the coordinator, held until they commit, before they look for a current membership: a single write the
 * person's number (shared with other numbers), an import every number.
 */
@Component
class ActiveIdNumbers {

    /** The advisory lock key spaces: one lock for all numbers, and one per number (its hash, which may be any int). */
    private static final int ALL = 0x554d4944;
    private static final int ONE = ALL + 1;

    private final JdbcClient jdbc;
    private final boolean distributedDatabase;

    ActiveIdNumbers(JdbcClient jdbc, @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.distributedDatabase = distributedDatabase;
    }

    /** Before a single write checks the number: waits for an import, or a write of the same number, to commit. */
    void holdOne(String idNumber) {
        if (distributedDatabase && idNumber != null) {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock_shared(:all, 0), pg_advisory_xact_lock(:one, hashtext(:n))) l")
                    .param("all", ALL).param("one", ONE).param("n", IdNumbers.normalize(idNumber)).query(Integer.class).single();
        }
    }

    /** Before an import checks its numbers: waits for the single writes under way, and keeps new ones waiting. */
    void holdAll() {
        if (distributedDatabase) {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock(:all, 0)) l").param("all", ALL).query(Integer.class).single();
        }
    }
}
