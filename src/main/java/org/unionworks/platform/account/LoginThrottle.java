package org.unionworks.platform.account;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unionworks.platform.web.SlidingWindows;

/**
 * Wrong passwords counted per account and client address: {@code maxFailures} in a row lock that
 * account for that address only, so nobody can lock someone else out from their own machine; and
 * per address across all accounts, so one machine cannot try many accounts. Kept in memory: a
 * restart forgets the counts, as a lock that outlives nobody's password would be pointless.
 */
@Component
class LoginThrottle {

    private static final long TEN_MINUTES = 600_000;

    private record Failures(int count, long lockedUntil) {
    }

    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    private final SlidingWindows<String> byAddress;
    private final Clock clock;
    private final int maxFailures;
    private final long lockMillis;
    private final int perAddressPer10Minutes;

    LoginThrottle(Clock clock, @Value("${unionworks.security.max-failed-logins}") int maxFailures,
                  @Value("${unionworks.security.lock-minutes}") int lockMinutes,
                  @Value("${unionworks.security.failed-logins-per-address:30}") int perAddressPer10Minutes) {
        this.clock = clock;
        this.byAddress = new SlidingWindows<>(clock);
        this.maxFailures = maxFailures;
        this.lockMillis = lockMinutes * 60_000L;
        this.perAddressPer10Minutes = perAddressPer10Minutes;
    }

    /** The one answer to every refused login. */
    String message() {
        return "用户名或密码错误（连续输错" + maxFailures + "次，本机将暂停登录该账号" + lockMillis / 60_000 + "分钟）";
    }

    private static String key(String username, String address) {
        return username.toLowerCase() + "|" + address;
    }

    /** True while this account is locked for this address, or the address failed too often lately. */
    boolean refused(String username, String address) {
        long now = clock.millis();
        Failures f = byAccountAndAddress.get(key(username, address));
        if (f != null && f.lockedUntil() > now) {
            return true;
        }
        return byAddress.count(address, TEN_MINUTES) >= perAddressPer10Minutes;
    }

    void failed(String username, String address) {
        long now = clock.millis();
        byAccountAndAddress.compute(key(username, address), (k, f) -> {
            int count = (f == null || f.lockedUntil() > 0 && f.lockedUntil() <= now ? 0 : f.count()) + 1;
            return new Failures(count, count >= maxFailures ? now + lockMillis : 0);
        });
        byAddress.add(address);
        if (byAccountAndAddress.size() > 100_000) {
            byAccountAndAddress.values().removeIf(f -> f.lockedUntil() > 0 && f.lockedUntil() <= now);
        }
    }

    void succeeded(String username, String address) {
        byAccountAndAddress.remove(key(username, address));
    }

    /** True if the account is locked for any address. */
    boolean lockedAnywhere(String username) {
        long now = clock.millis();
        String prefix = username.toLowerCase() + "|";
        return byAccountAndAddress.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(prefix) && e.getValue().lockedUntil() > now);
    }

    /** An administrator's unlock: every address may try this account again. */
    void unlock(String username) {
        String prefix = username.toLowerCase() + "|";
        byAccountAndAddress.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
