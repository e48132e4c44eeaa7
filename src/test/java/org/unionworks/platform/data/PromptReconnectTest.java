package org.unionworks.platform.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** One attempt of the pool keeps trying while the database is away, and only then. */
class PromptReconnectTest {

    private static final Duration PAUSE = Duration.ofMillis(1);

    @Test
    void triesAgainWhileTheDatabaseIsAbsentOrStarting() throws SQLException {
        Scripted target = new Scripted(refused(), starting(), null);
        Connection c = new PromptReconnect.Retrying(target.dataSource(), PAUSE, Duration.ofSeconds(5)).getConnection();
        assertThat(c).isNotNull();
        assertThat(target.calls).isEqualTo(3);
    }

    @Test
    void triesAgainWithTheCredentialsThePoolPasses() throws SQLException {
        Scripted target = new Scripted(refused(), null);
        var retrying = new PromptReconnect.Retrying(target.dataSource(), PAUSE, Duration.ofSeconds(5));
        assertThat(retrying.getConnection("u", "p")).isNotNull();
        assertThat(target.calls).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsThePoolsAtOnce() {
        Scripted target = new Scripted(new SQLException("password authentication failed", "28P01"), null);
        var retrying = new PromptReconnect.Retrying(target.dataSource(), PAUSE, Duration.ofSeconds(5));
        assertThatThrownBy(retrying::getConnection).hasMessageContaining("password");
        assertThat(target.calls).isEqualTo(1);
    }

    @Test
    void givesUpAfterItsPatience() {
        Scripted target = new Scripted(refused(), refused(), refused(), refused(), refused(), null);
        var retrying = new PromptReconnect.Retrying(target.dataSource(), Duration.ofMillis(40), Duration.ofMillis(100));
        assertThatThrownBy(retrying::getConnection).hasMessageContaining("refused");
        assertThat(target.calls).isBetween(2, 3);
    }

    private static SQLException refused() {
        return new SQLException("Connection to localhost:5451 refused", "08001");
    }

    private static SQLException starting() {
        return new SQLException("the database system is starting up", "57P03");
    }

    /** Fails with the given errors in turn; a null entry is a connection. */
    private static final class Scripted {
        private final Deque<SQLException> outcomes = new ArrayDeque<>();
        int calls;

        Scripted(SQLException... outcomes) {
            for (SQLException e : outcomes) {
                this.outcomes.add(e == null ? new SQLException("ok", "00000") : e);
            }
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        calls++;
                        SQLException next = outcomes.poll();
                        if (next == null || !"00000".equals(next.getSQLState())) {
                            throw next == null ? new SQLException("no more outcomes") : next;
                        }
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> null);
                    });
        }
    }
}
