package org.unionworks.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A statement the database refuses with a state HikariCP takes for fatal (Citus' 0A000, "not supported") makes the pool
 * evict the connection, so the rollback after it fails with "Connection is closed": the request was still wrong, not the
 * database away, and must not be answered 503 "数据库暂时无法连接".
 */
class DatabaseUnavailableTest {

    private static TransactionSystemException rollbackFailedAfter(RuntimeException original) {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back JPA transaction",
                new SQLException("Connection is closed"));
        if (original != null) {
            rollback.initApplicationException(original);
        }
        return rollback;
    }

    @Test
    void aRefusedStatementWhoseRollbackFoundItsConnectionEvictedIsNoOutage() {
        var refused = new InvalidDataAccessResourceUsageException("could not execute statement",
                new SQLException("complex joins are only supported when all distributed tables are co-located", "0A000"));
        assertThat(DatabaseUnavailable.is(rollbackFailedAfter(refused))).isFalse();
    }

    @Test
    void aLostConnectionWhoseRollbackFailedTooIsAnOutage() {
        var lost = new QueryTimeoutException("I/O error", new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseUnavailable.is(rollbackFailedAfter(lost))).isTrue();
        assertThat(DatabaseUnavailable.is(rollbackFailedAfter(null))).as("nothing but the closed connection known").isTrue();
    }
}
