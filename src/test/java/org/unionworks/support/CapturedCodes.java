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

    private static volatile boolean delivering = true;

    @Bean
    @Primary
    CodeSender capturingCodeSender() {
        return new CodeSender() {
            public void send(String phone, String code) {
                LAST.put(phone, code);
            }

            public boolean delivers() {
                return delivering;
            }
        };
    }

    /** Runs {@code body} as on a deployment without an SMS gateway: codes are not delivered, so none is asked for. */
    public static void withoutGateway(Runnable body) {
        delivering = false;
        try {
            body.run();
        } finally {
            delivering = true;
        }
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
