package org.unionworks.platform.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per key within a sliding window of time (calls per client address, failed logins per
 * address, denied requests per account): the one counter behind every limit of the application.
 * Kept in memory, per instance; keys whose events have all expired are dropped once the map grows large.
 */
public final class SlidingWindows<K> {

    private static final int PRUNE_ABOVE = 100_000;

    private final Map<K, Deque<Long>> events = new ConcurrentHashMap<>();
    private final Clock clock;

    public SlidingWindows(Clock clock) {
        this.clock = clock;
    }

    /** Counts an event for the key if it had fewer than {@code limit} within the window; true if counted. */
    public boolean tryAcquire(K key, int limit, long windowMillis) {
        long now = clock.millis();
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        boolean counted;
        synchronized (times) {
            expire(times, now, windowMillis);
            counted = times.size() < limit;
            if (counted) {
                times.addLast(now);
            }
        }
        prune(now, windowMillis);
        return counted;
    }

    /** Counts an event for the key, whatever the count. */
    public void add(K key) {
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
        }
    }

    /** The key's events within the window. */
    public int count(K key, long windowMillis) {
        Deque<Long> times = events.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            expire(times, clock.millis(), windowMillis);
            return times.size();
        }
    }

    private static void expire(Deque<Long> times, long now, long windowMillis) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.pollFirst();
        }
    }

    private void prune(long now, long windowMillis) {
        if (events.size() > PRUNE_ABOVE) {
            events.values().removeIf(times -> {
                synchronized (times) {
                    expire(times, now, windowMillis);
                    return times.isEmpty();
                }
            });
        }
    }
}
