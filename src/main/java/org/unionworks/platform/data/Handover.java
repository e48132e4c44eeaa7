package org.unionworks.platform.data;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.UnionClosed;

/**
 * Hands a closed union's rows to its successor, column by column, inside the closing transaction.
 * Each module names its own tables (constants in its code, never input) in its UnionClosed listener.
 */
public final class Handover {

    private Handover() {
    }

    /** Moves every row of {@code table} whose {@code column} names the closed union to the successor. */
    public static int move(JdbcClient jdbc, UnionClosed closed, String table, String column) {
        return jdbc.sql("update " + table + " set " + column + " = :successor where " + column + " = :closed")
                .param("successor", closed.successorId()).param("closed", closed.unionId()).update();
    }
}
