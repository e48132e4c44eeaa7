package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * What an attacker sends to break the service rather than to read foreign rows: oversized bodies,
 * falsified archives, control characters, injected sort keys, absurd numbers and dates. Each is
 * refused with a 4xx and a Chinese message, and the service keeps answering.
 */
class HostileInputApiTest extends ApiTestBase {

    private static byte[] hugeLogin(int megabytes) {
        byte[] filler = new byte[megabytes * 1024 * 1024];
        Arrays.fill(filler, (byte) 'a');
        String head = "{\"username\":\"admin\",\"password\":\"";
        String tail = "\"}";
        byte[] body = new byte[head.length() + filler.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, body, 0, head.length());
        System.arraycopy(filler, 0, body, head.length(), filler.length);
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, body, head.length() + filler.length, tail.length());
        return body;
    }

    @Test
    void oversizedJsonBodiesAreRefusedBeforeTheyAreRead() {
        Http anonymous = new Http(port);
        var declared = anonymous.postRaw("/api/auth/login", hugeLogin(20), true);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.text()).contains("提交的内容过大");
        var chunked = new Http(port).postRaw("/api/auth/login", hugeLogin(3), false);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(admin().get("/api/auth/me").status()).as("still answering").isEqualTo(200);
    }
}
