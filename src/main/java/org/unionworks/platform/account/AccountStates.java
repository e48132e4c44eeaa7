package org.unionworks.platform.account;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether an account is enabled and its session stamp, read per request and kept for a few seconds
 * (UNIONWORKS_SECURITY_ACCOUNTCHECKSECONDS). A change made here is seen at once: the cache is
 * dropped when the changing transaction commits; another instance sees it within those seconds.
 */
@Component
class AccountStates {

    record State(boolean enabled, long sessionStamp, long readAt) {
    }

    private final Map<Long, State> cache = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long ttlMillis;

    AccountStates(JdbcClient jdbc, Clock clock,
                  @Value("${unionworks.security.account-check-seconds:5}") long ttlSeconds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttlMillis = ttlSeconds * 1000;
    }

    /** The account's state, or empty if it no longer exists. */
    Optional<State> of(long userId) {
        long now = clock.millis();
        State cached = cache.get(userId);
        if (cached != null && now - cached.readAt() < ttlMillis) {
            return Optional.of(cached);
        }
        Optional<State> read = jdbc.sql("select enabled, session_stamp from app_user where id = ?").param(userId)
                .query((rs, n) -> new State(rs.getBoolean(1), rs.getLong(2), now)).optional();
        read.ifPresentOrElse(s -> cache.put(userId, s), () -> cache.remove(userId));
        return read;
    }

    /** Called by whatever changes accounts: forgets every cached state once the change is committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        } else {
            cache.clear();
        }
    }
}
