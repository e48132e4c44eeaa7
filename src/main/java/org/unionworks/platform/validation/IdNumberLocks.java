package org.unionworks.platform.validation;

import java.util.Collection;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a rule "one current thing per ID number in the whole city" (one membership, one open needy file) where the
 * database holds its unique key per district only: Citus ({@code unionworks.database.distributed}) enforces a key only
 * when it holds the distribution column. There the writers take a lock on the coordinator, held until they commit,
 * before they look for the number anywhere in the city: a single write its numbers' locks (sharing the rule's lock for
 * all numbers), an import the lock for all numbers, after which the single locks of the same transaction are not taken
 * again. On PostgreSQL and H2 the unique keys hold city-wide, and nothing is locked.
 */
@Component
public class IdNumberLocks {

    /** One rule's locks: advisory lock {@code (key, 0)} for all its numbers, {@code (key + 1, hash)} for one number. */
    public record Space(int key) {
    }

    private final JdbcClient jdbc;
    private final boolean distributedDatabase;

    IdNumberLocks(JdbcClient jdbc, @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.distributedDatabase = distributedDatabase;
    }

    /** Before a single write checks {@code idNumbers}: waits for an import, or a write of any of the numbers, to commit. */
    public void holdOne(Space space, Collection<String> idNumbers) {
        var numbers = idNumbers.stream().filter(Objects::nonNull).map(IdNumbers::normalize).filter(Objects::nonNull).distinct().toList();
        if (!distributedDatabase || numbers.isEmpty() || TransactionSynchronizationManager.hasResource(space)) {
            return;
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock_shared(:all, 0)) l").param("all", space.key()).query(Integer.class).single();
        // in the order of their hashes, so that two writes sharing numbers cannot wait for each other
        jdbc.sql("select count(pg_advisory_xact_lock(:one, h)) from (select distinct hashtext(n) as h from unnest(array[:numbers]) n"
                        + " order by 1) hashes").param("one", space.key() + 1).param("numbers", numbers).query(Long.class).single();
    }

    /** Before an import checks its numbers: waits for the single writes under way, and keeps new ones waiting. */
    public void holdAll(Space space) {
        if (!distributedDatabase || TransactionSynchronizationManager.hasResource(space)) {
            return;
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:all, 0)) l").param("all", space.key()).query(Integer.class).single();
        TransactionSynchronizationManager.bindResource(space, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(space);
            }
        });
    }
}
