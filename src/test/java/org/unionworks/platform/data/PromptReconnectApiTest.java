package org.unionworks.platform.data;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.support.ApiTestBase;

import com.zaxxer.hikari.HikariDataSource;

/** The application's pool opens its PostgreSQL connections through {@link PromptReconnect} (H2 keeps its own). */
class PromptReconnectApiTest extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void thePoolTriesAgainWhileThePostgresqlServerIsAway() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            assertThat(pool.getDataSource()).isInstanceOf(PromptReconnect.Retrying.class);
        } else {
            assertThat(pool.getDataSource()).isNull();
        }
        try (var c = dataSource.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
    }
}
