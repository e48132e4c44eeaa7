package org.unionworks.platform.web;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.unionworks.platform.error.TooManyRequestsException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Sliding-window limits for the pages anyone can reach without signing in (online joining):
 * at most {@code limit} calls per client address and bucket within the window.
 */
@Component
public class RateLimiter {

    private final SlidingWindows<String> calls;
    private final int submissionsPer10Minutes;

    @org.springframework.beans.factory.annotation.Autowired
    public RateLimiter(@org.springframework.beans.factory.annotation.Value(
            "${unionworks.public.submissions-per-10-minutes:5}") int submissionsPer10Minutes) {
        this(Clock.systemUTC(), submissionsPer10Minutes);
    }

    RateLimiter(Clock clock, int submissionsPer10Minutes) {
        this.calls = new SlidingWindows<>(clock);
        this.submissionsPer10Minutes = submissionsPer10Minutes;
    }

    /** The configured limit for forms the public submits (online joining, objections to a 公示). */
    public void checkSubmission(String bucket, HttpServletRequest request) {
        check(bucket, request, submissionsPer10Minutes, 600_000);
    }

    /** Counts this call; refuses it with 429 when the client went over the limit. */
    public void check(String bucket, HttpServletRequest request, int limit, long windowMillis) {
        if (!calls.tryAcquire(bucket + "|" + request.getRemoteAddr(), limit, windowMillis)) {
            throw new TooManyRequestsException("操作过于频繁，请" + Math.max(1, windowMillis / 60_000) + "分钟后再试");
        }
    }
}
