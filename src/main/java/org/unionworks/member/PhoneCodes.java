package org.unionworks.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.TooManyRequestsException;
import org.unionworks.platform.notify.CodeSender;
import org.unionworks.platform.web.SlidingWindows;

/**
 * One-time codes that prove an online applicant holds the phone they give: six digits, valid ten
 * minutes, five tries, a new one at most once a minute and ten times a day per phone (whatever the
 * addresses asking, so that nobody floods a stranger's phone). Kept in memory.
 */
@Component
class PhoneCodes {

    private record Issued(String code, long expiresAt, long sentAt, int tries) {
    }

    private static final long VALID_MILLIS = 600_000;
    private static final int PER_PHONE_A_DAY = 10;
    private static final long DAY_MILLIS = 86_400_000;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final SlidingWindows<String> sentToPhone;
    private final SecureRandom random = new SecureRandom();
    private final CodeSender sender;
    private final Clock clock;

    PhoneCodes(CodeSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
        this.sentToPhone = new SlidingWindows<>(clock);
    }

    /** Whether codes reach phones at all (an SMS gateway is configured). */
    boolean active() {
        return sender.delivers();
    }

    void issue(String phone) {
        if (!active()) {
            throw new InvalidInputException("phone", "本系统未开通短信验证，无需获取验证码，直接提交申请即可");
        }
        long now = clock.millis();
        Issued last = issued.get(phone);
        if (last != null && now - last.sentAt() < 60_000) {
            throw new TooManyRequestsException("验证码已发送，请1分钟后再获取");
        }
        if (!sentToPhone.tryAcquire(phone, PER_PHONE_A_DAY, DAY_MILLIS)) {
            throw new TooManyRequestsException("该手机号今天获取验证码的次数已达上限，请明天再试");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        issued.put(phone, new Issued(code, now + VALID_MILLIS, now, 0));
        if (issued.size() > 100_000) {
            issued.values().removeIf(i -> i.expiresAt() < now);
        }
        sender.send(phone, code);
    }

    /** Uses up the code if it is right; otherwise counts a try and refuses. */
    void verify(String phone, String code) {
        long now = clock.millis();
        Issued i = issued.get(phone);
        if (i == null || i.expiresAt() < now || i.tries() >= 5) {
            throw new InvalidInputException("phoneCode", "验证码已失效，请重新获取");
        }
        if (!i.code().equals(code == null ? "" : code.strip())) {
            issued.put(phone, new Issued(i.code(), i.expiresAt(), i.sentAt(), i.tries() + 1));
            throw new InvalidInputException("phoneCode", "验证码不正确");
        }
        issued.remove(phone);
    }
}
