package org.unionworks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionworks.support.Hands;

/** The counter behind every limit: events within the window count, older ones do not. */
class SlidingWindowsTest {

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
