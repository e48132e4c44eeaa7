package org.unionworks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The counter behind every limit: events within the window count, older ones do not. */
class SlidingWindowsTest {

    /** A clock the test moves forward. */
    private static final class Hands extends Clock {
        private long millis = Instant.parse("2026-12-02T10:00:00Z").toEpochMilli();

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aKeyGetsItsLimitPerWindowAndAgainOnceTheWindowHasPassed() {
        Hands clock = new Hands();
        SlidingWindows<String> windows = new SlidingWindows<>(clock);
        for (int i = 0; i < 3; i++) {
            assertThat(windows.tryAcquire("10.0.0.1", 3, 60_000)).isTrue();
        }
        assertThat(windows.tryAcquire("10.0.0.1", 3, 60_000)).as("the fourth within the minute").isFalse();
        assertThat(windows.tryAcquire("10.0.0.2", 3, 60_000)).as("another key has its own count").isTrue();
        clock.advance(60_000);
        assertThat(windows.tryAcquire("10.0.0.1", 3, 60_000)).as("a minute later").isTrue();
    }

    @Test
    void addedEventsAreCountedWithinTheWindowOnly() {
        Hands clock = new Hands();
        SlidingWindows<Long> windows = new SlidingWindows<>(clock);
        windows.add(7L);
        clock.advance(30_000);
        windows.add(7L);
        assertThat(windows.count(7L, 60_000)).isEqualTo(2);
        clock.advance(30_000);
        assertThat(windows.count(7L, 60_000)).as("the first is a minute old").isEqualTo(1);
        assertThat(windows.count(8L, 60_000)).isZero();
    }
}
