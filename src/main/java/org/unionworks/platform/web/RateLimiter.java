package org.unionworks.platform.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.unionworks.platform.error.TooManyRequestsException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Sliding-window limits for the pages anyone can reach without signing in (online joining):
 * at most {@code limit} calls per client address and bucket within the window.
 */
@Component
public class RateLimiter {

    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts this call; refuses it with 429 when the client went over the limit. */
    public void check(String bucket, HttpServletRequest request, int limit, long windowMillis) {
        String key = bucket + "|" + request.getRemoteAddr();
        long now = clock.millis();
        Deque<Long> times = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                throw new TooManyRequestsException("操作过于频繁，请" + Math.max(1, windowMillis / 60_000) + "分钟后再试");
            }
            times.addLast(now);
        }
        if (calls.size() > 100_000) {
            calls.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }
}
