package org.unionworks.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** While the database is down, requests fail with 503 and a Chinese message, not a generic 500. */
class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler(List.of(), null, "50MB");

    @Test
    void aLostDatabaseConnectionIsServiceUnavailableWithRetryAfter() {
        var answer = handler.unexpected(new CannotGetJdbcConnectionException("Connection is not available"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(answer.getBody().getDetail()).contains("数据库暂时无法连接").contains("刷新查看");
    }

    @Test
    void aTransactionThatCannotStartIsServiceUnavailableToo() {
        var answer = handler.unexpected(new CannotCreateTransactionException("Could not open JPA EntityManager"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void aConnectionKilledMidQueryIsServiceUnavailableWhateverWrapsIt() {
        var killed = new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01");
        var wrapped = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to rollback", killed));
        assertThat(handler.unexpected(wrapped).getStatusCode().value()).isEqualTo(503);
        assertThat(handler.unexpected(new IllegalStateException("a bug")).getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void aFailedRollbackOnAConnectionThePoolClosedIsServiceUnavailable() {
        var closed = new java.sql.SQLException("Connection is closed");
        var rollback = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed));
        assertThat(handler.unexpected(rollback).getStatusCode().value()).isEqualTo(503);
        assertThat(handler.unexpected(new java.sql.SQLException("syntax error", "42601")).getStatusCode().value()).isEqualTo(500);
    }
}
