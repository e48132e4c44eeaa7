package org.unionworks.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.unionworks.platform.notify.CodeSender;

/** The tests' SMS gateway: keeps the last code sent to each phone, as a phone's inbox would. */
@TestConfiguration(proxyBeanMethods = false)
public class CapturedCodes {

    private static final Map<String, String> LAST = new ConcurrentHashMap<>();

    @Bean
    @Primary
    CodeSender capturingCodeSender() {
        return LAST::put;
    }

    /** The last code sent to the phone. */
    public static String last(String phone) {
        String code = LAST.get(phone);
        if (code == null) {
            throw new AssertionError("no code was sent to " + phone);
        }
        return code;
    }

    /** Asks for a code for the phone, as the page's button does, and returns it. */
    public static String requestFor(Http anonymous, String phone) {
        var r = anonymous.post("/api/public/join/code", Map.of("phone", phone));
        if (r.status() != 202) {
            throw new AssertionError("code request refused: " + r);
        }
        return last(phone);
    }
}
