package org.unionworks.platform.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;

/**
 * The pool finds the database again as soon as it is back. Hikari adds connections on one thread that, after each
 * failed attempt, sleeps twice as long as before, up to 5 s; once a server has been away for a few seconds (a restart, a
 * standby being promoted) the pool would try only every 5 s, and requests would go on being answered 503 for up to 5 s
 * after the database is writable again. Here one attempt of the pool keeps trying every {@link #PAUSE} for up to
 * {@link #PATIENCE} while the failure is the database's absence (SQL state class 08, or 57P while it starts or stops), so
 * the pool's sleeps stay short; any other failure (a wrong password) is the pool's at once. Requests still wait no
 * longer than the pool's connection timeout.
 */
@Configuration(proxyBeanMethods = false)
class PromptReconnect {

    static final Duration PAUSE = Duration.ofMillis(200);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Bean
    static BeanPostProcessor promptReconnectPool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.setDataSource(new Retrying(new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                            pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword()), PAUSE, PATIENCE));
                }
                return bean;
            }
        };
    }

    /** Opens connections through {@code target}, trying again while the database is not there. */
    static final class Retrying extends DelegatingDataSource {

        private final Duration pause;
        private final Duration patience;

        Retrying(DataSource target, Duration pause, Duration patience) {
            super(target);
            this.pause = pause;
            this.patience = patience;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return retried(() -> obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return retried(() -> obtainTargetDataSource().getConnection(username, password));
        }

        private interface Opening {
            Connection open() throws SQLException;
        }

        private Connection retried(Opening opening) throws SQLException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                try {
                    return opening.open();
                } catch (SQLException e) {
                    if (!absent(e) || System.nanoTime() + pause.toNanos() > deadline || !paused()) {
                        throw e;
                    }
                }
            }
        }

        private boolean paused() {
            try {
                Thread.sleep(pause.toMillis());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static boolean absent(SQLException e) {
            String state = e.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("57P"));
        }
    }
}
