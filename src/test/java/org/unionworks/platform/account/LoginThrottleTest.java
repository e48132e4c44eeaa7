package org.unionworks.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC), 5, 15, 30);

    @Test
    void failuresFromOneAddressLockTheAccountForThatAddressOnly() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "203.0.113.9");
        }
        assertThat(throttle.refused("admin", "203.0.113.9")).isTrue();
        assertThat(throttle.refused("Admin", "203.0.113.9")).as("user names are case-blind").isTrue();
        assertThat(throttle.refused("admin", "198.51.100.7")).as("the owner's own machine").isFalse();
        assertThat(throttle.lockedAnywhere("admin")).isTrue();
        throttle.unlock("admin");
        assertThat(throttle.refused("admin", "203.0.113.9")).isFalse();
    }

    @Test
    void oneAddressTryingManyAccountsIsStopped() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "203.0.113.10");
        }
        assertThat(throttle.refused("someone-else", "203.0.113.10")).isTrue();
        assertThat(throttle.refused("someone-else", "198.51.100.8")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clerk", "203.0.113.11");
        }
        throttle.succeeded("clerk", "203.0.113.11");
        throttle.failed("clerk", "203.0.113.11");
        assertThat(throttle.refused("clerk", "203.0.113.11")).isFalse();
    }
}
