package org.unionworks.platform.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether an error means the database cannot be reached right now (restarting, failing over to its
 * standby, the network) rather than that the request was wrong: such a request is answered 503 with
 * Retry-After, and a background job waits for the database to come back before it records its outcome.
 */
public final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "10";
    static final String TITLE = "服务暂时不可用";
    static final String DETAIL = "数据库暂时无法连接，请稍后重试；如刚才提交了修改，请先刷新查看是否已经保存";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransactionSystemException failedRollback && failedRollback.getApplicationException() != null) {
                // the rollback failed after another error: that error says what happened (a statement the database
                // refused with a state the pool takes for fatal leaves only a closed connection to roll back)
                return is(failedRollback.getApplicationException());
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException || lostConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /** One line for a request answered 503, with the cause that says why (the filter or the handler, whichever answers). */
    static void log(Throwable e) {
        log.warn("database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }

    /**
     * A connection the database dropped mid-request surfaces as whatever the persistence layer wraps
     * it in; its SQL state says what it is: class 08 (connection exception) or 57P (the server shutting
     * down or starting). When the rollback after such an error fails too, only the pool's "Connection
     * is closed" (it evicts a connection after a fatal state) is left.
     */
    private static boolean lostConnection(Throwable t) {
        if (!(t instanceof java.sql.SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"))
                || state == null && "Connection is closed".equals(sql.getMessage());
    }
}
