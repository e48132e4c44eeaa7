package org.unionworks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.unionworks.platform.error.TooManyRequestsException;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final RateLimiter limiter = new RateLimiter(new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    }, 5);

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(address);
        return r;
    }

    @Test
    void refusesTheSixthApplicationFromOneAddressWithinTenMinutes() {
        for (int i = 0; i < 5; i++) {
            limiter.checkSubmission("join", from("10.0.0.1"));
        }
        assertThatThrownBy(() -> limiter.checkSubmission("join", from("10.0.0.1")))
                .isInstanceOf(TooManyRequestsException.class).hasMessageContaining("10分钟后再试");
        limiter.check("join", from("10.0.0.2"), 5, 600_000);
        limiter.check("unions", from("10.0.0.1"), 5, 600_000);
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 5; i++) {
            limiter.check("join", from("10.0.0.1"), 5, 600_000);
            now = now.plus(Duration.ofMinutes(1));
        }
        now = now.plus(Duration.ofMinutes(6));
        limiter.check("join", from("10.0.0.1"), 5, 600_000);
        assertThat(now).isAfter(Instant.parse("2026-11-24T08:10:00Z"));
    }
}
