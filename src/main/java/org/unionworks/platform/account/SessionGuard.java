package org.unionworks.platform.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.error.FilterProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose account has since been disabled, deleted or changed (its session stamp moved
 * on), and any session older than the absolute lifetime (UNIONWORKS_SESSION_MAXAGE, default 12 h),
 * however active it has been.
 */
class SessionGuard extends OncePerRequestFilter {

    private final AccountStates states;
    private final Clock clock;
    private final Duration maxAge;

    SessionGuard(AccountStates states, Clock clock, Duration maxAge) {
        this.states = states;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user != null && !valid(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                FilterProblems.write(response, HttpStatus.UNAUTHORIZED, "session-ended", "登录已失效",
                        "账号状态或权限已变更，或登录时间过长，请重新登录");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean valid(CurrentUser user) {
        if (user.signedInAt() == null || user.signedInAt().plus(maxAge).isBefore(clock.instant())) {
            return false;
        }
        return states.of(user.id()).map(s -> s.enabled() && s.sessionStamp() == user.sessionStamp()).orElse(false);
    }
}
