package org.unionworks.platform.validation;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionworks.platform.data.BulkWriter;

/**
 * Keeps a rule "one current thing per ID number in the whole city" (one membership, one open needy file) where no unique
 * key of the database holds it: on Citus ({@code unionworks.database.distributed}) a key holds within a district only (it
 * must name the distribution column), and a rule may name numbers no key covers (a needy file's household members). The
 * writers take a lock, held until they commit, before they look for the numbers anywhere in the city: a single write its
 * numbers' locks (sharing the rule's lock for all numbers), an import the lock for all numbers, after which the single
 * locks of the same transaction are not taken again. The locks are PostgreSQL's advisory locks (on Citus the
 * coordinator's); on H2, a database inside this one process, a lock of the process per rule.
 */
@Component
public class IdNumberLocks {

    /**
     * One rule's locks: advisory lock {@code (key, 0)} for all its numbers, {@code (key + 1, hash)} for one number.
     * {@code keyedCityWide}: PostgreSQL's and H2's unique keys hold the rule by themselves, so only Citus needs the locks.
     */
    public record Space(int key, boolean keyedCityWide) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final boolean distributedDatabase;
    private final Map<Space, ReentrantLock> inProcess = new ConcurrentHashMap<>();

    IdNumberLocks(JdbcClient jdbc, BulkWriter bulk,
                  @Value("${unionworks.database.distributed:false}") boolean distributedDatabase) {
        this.jdbc = jdbc;
        this.postgres = bulk.postgres();
        this.distributedDatabase = distributedDatabase;
    }

    /** Before a single write checks {@code idNumbers}: waits for an import, or a write of any of the numbers, to commit. */
    public void holdOne(Space space, Collection<String> idNumbers) {
        var numbers = idNumbers.stream().filter(Objects::nonNull).map(IdNumbers::normalize).filter(Objects::nonNull).distinct().toList();
        if (numbers.isEmpty() || !needed(space) || TransactionSynchronizationManager.hasResource(space)) {
            return;
        }
        if (!postgres) {
            holdInProcess(space);
            return;
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock_shared(:all, 0)) l").param("all", space.key()).query(Integer.class).single();
        // in the order of their hashes, so that two writes sharing numbers cannot wait for each other
        jdbc.sql("select count(pg_advisory_xact_lock(:one, h)) from (select distinct hashtext(n) as h from unnest(array[:numbers]) n"
                        + " order by 1) hashes").param("one", space.key() + 1).param("numbers", numbers).query(Long.class).single();
    }

    /** Before an import checks its numbers: waits for the single writes under way, and keeps new ones waiting. */
    public void holdAll(Space space) {
        if (!needed(space) || TransactionSynchronizationManager.hasResource(space)) {
            return;
        }
        if (!postgres) {
            holdInProcess(space);
            return;
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:all, 0)) l").param("all", space.key()).query(Integer.class).single();
        heldUntilCompletion(space, () -> { });
    }

    private boolean needed(Space space) {
        return distributedDatabase || !space.keyedCityWide();
    }

    private void holdInProcess(Space space) {
        ReentrantLock lock = inProcess.computeIfAbsent(space, s -> new ReentrantLock());
        lock.lock();
        heldUntilCompletion(space, lock::unlock);
    }

    /** Marks the space held by this transaction (its later calls take nothing), released by {@code release} at its end. */
    private static void heldUntilCompletion(Space space, Runnable release) {
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(space);
                    release.run();
                }
            });
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        TransactionSynchronizationManager.bindResource(space, Boolean.TRUE);
    }
}
