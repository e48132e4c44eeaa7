package org.unionworks.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * How an import ended reaches its job row even when the database went away under it: the failover
 * drill found a job left "writing" for ever because recording FAILED met the same outage.
 */
class ImportOutcomeTest {

    @Test
    void anOutcomeWaitsForTheDatabaseToComeBack() {
        AtomicInteger attempts = new AtomicInteger();
        SpreadsheetImports.outcome(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotGetJdbcConnectionException("Connection refused");
            }
        }, Duration.ofSeconds(5), Duration.ofMillis(10));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anyOtherErrorIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> SpreadsheetImports.outcome(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a bug");
        }, Duration.ofSeconds(5), Duration.ofMillis(10))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void patienceEnds() {
        assertThatThrownBy(() -> SpreadsheetImports.outcome(() -> {
            throw new CannotGetJdbcConnectionException("Connection refused");
        }, Duration.ofMillis(50), Duration.ofMillis(10))).isInstanceOf(CannotGetJdbcConnectionException.class);
    }
}
