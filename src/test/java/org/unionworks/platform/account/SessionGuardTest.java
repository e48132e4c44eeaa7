package org.unionworks.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.unionworks.platform.access.CurrentUser;

/** The absolute session lifetime and the account-state check, without a running application. */
class SessionGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final AccountStates states = mock(AccountStates.class);
    private final SessionGuard guard = new SessionGuard(states, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private int statusFor(Instant signedInAt, long stamp, boolean enabled) throws Exception {
        when(states.of(7)).thenReturn(Optional.of(new AccountStates.State(enabled, 3, 0)));
        var user = new CurrentUser(7, "u", "U", 1, Set.of(), false, false, stamp, signedInAt);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, Set.of()));
        var request = new MockHttpServletRequest("GET", "/api/auth/me");
        request.getSession(true);
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
        assertThat(statusFor(NOW.minus(Duration.ofHours(11)), 3, true)).isEqualTo(200);
        assertThat(statusFor(NOW.minus(Duration.ofHours(13)), 3, true)).isEqualTo(401);
    }

    @Test
    void aSessionEndsWhenTheAccountChangedOrWasDisabled() throws Exception {
        assertThat(statusFor(NOW, 2, true)).isEqualTo(401);
        assertThat(statusFor(NOW, 3, false)).isEqualTo(401);
    }
}
