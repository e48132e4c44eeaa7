package org.unionworks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the HTTP API suites: one running application per JVM (H2, or PostgreSQL in the
 * "postgres" execution), an administrator signed in, and helpers that act like a user would.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({CleanDatabase.class, CapturedCodes.class, AuditWitness.class})
public abstract class ApiTestBase {

    /**
     * The federation's zone (the tests run with the default, Asia/Shanghai). A test's fields are set before the application
     * makes it the JVM's zone (FederationTimeZone), so a "today" in a field asks for it by name: between 16:00 and 24:00 UTC
     * the server's date is the day before the federation's.
     */
    protected static final java.time.ZoneId FEDERATION = java.time.ZoneId.of("Asia/Shanghai");
    public static final String BOOTSTRAP_PASSWORD = "Bootstrap-2026";
    public static final String ADMIN_PASSWORD = "Union-Secret-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicLong CODES =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 5_000_000 * 1000);
    private static volatile boolean adminReady;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** Every write this test made and the server accepted left an audit row (see {@link AuditWitness}). */
    @AfterEach
    void everyAcceptedWriteWasAudited() {
        assertThat(AuditWitness.drain()).as("writes accepted without an audit row").isEmpty();
    }

    /**
     * The figures' period of the last 60 days up to the federation's today, as query parameters: a test's rows dated a day or
     * weeks ago fall in it even on 1 January, when the year to date holds that day alone.
     */
    protected static String recentPeriod() {
        java.time.LocalDate today = java.time.LocalDate.now(FEDERATION);
        return "from=" + today.minusDays(60) + "&to=" + today;
    }

    /** A session of the built-in administrator (whose first password is changed once per run). */
    protected Http admin() {
        Http http = new Http(port);
        synchronized (ApiTestBase.class) {
            if (!adminReady) {
                var r = http.login("admin", BOOTSTRAP_PASSWORD);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                var c = http.post("/api/auth/password", Map.of("oldPassword", BOOTSTRAP_PASSWORD, "newPassword", ADMIN_PASSWORD));
                assertThat(c.status()).as(c.toString()).isEqualTo(200);
                adminReady = true;
                return http;
            }
        }
        var r = http.login("admin", ADMIN_PASSWORD);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return http;
    }

    /** A name no other test uses, so suites sharing one database never collide. */
    protected static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100000;
    }

    /** A valid unified social credit code no other test uses. */
    protected static String creditCode() {
        String first17 = "91440300MA" + String.format("%07d", CODES.incrementAndGet() % 10_000_000);
        return first17 + org.unionworks.platform.validation.CreditCodes.checkChar(first17);
    }

    /**
     * Registers {@code n} employers kept by {@code union} by the employer import (50 employees, registered 2020-01-01,
     * 应建会), named {@code prefix} and a number; returns their credit codes in the sheet's order.
     */
    protected static List<String> importEmployers(Http http, long union, String prefix, int n) {
        StringBuilder sheet = new StringBuilder("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,应建会\n");
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(creditCode());
            sheet.append(unique(prefix)).append(',').append(codes.get(i)).append(',').append(union).append(",50,2020-01-01,是\n");
        }
        var imported = http.importFile("/api/employers/import", "单位.csv", sheet.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(n);
        return codes;
    }

    protected static long createOrg(Http http, long parentId, String name, String type, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("name", name);
        body.put("orgType", type);
        body.put("grassrootsKind", kind);
        var r = http.post("/api/orgs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    protected static long district(Http http, String name) {
        return createOrg(http, 1, name, "DISTRICT_FEDERATION", null);
    }

    protected static long roleId(Http http, String code) {
        for (JsonNode role : http.get("/api/roles").json()) {
            if (role.get("code").asString().equals(code)) {
                return role.get("id").asLong();
            }
        }
        throw new AssertionError("no role " + code);
    }

    /** Creates an account and returns a signed-in session of it, its first password already changed. */
    protected Http userAt(Http admin, long unionId, String roleCode, String username) {
        return userWithRole(admin, unionId, roleId(admin, roleCode), username);
    }

    /** Creates a user who has already changed the initial password; returns that password (for browser logins). */
    protected String userWithPassword(Http admin, long unionId, String roleCode, String username) {
        return createAndActivate(admin, unionId, roleId(admin, roleCode), username);
    }

    /** A signed-in session of a new account holding one role (a custom one, say), its first password changed. */
    protected Http userWithRole(Http admin, long unionId, long roleId, String username) {
        String password = createAndActivate(admin, unionId, roleId, username);
        Http http = new Http(port);
        assertThat(http.login(username, password).status()).isEqualTo(200);
        return http;
    }

    private String createAndActivate(Http admin, long unionId, long roleId, String username) {
        var r = admin.post("/api/users", Map.of("username", username, "displayName", "测试" + username,
                "unionId", unionId, "roleIds", List.of(roleId)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String initial = r.json().get("initialPassword").asString();
        Http http = new Http(port);
        assertThat(http.login(username, initial).status()).isEqualTo(200);
        var c = http.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", "Changed-" + initial));
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        return "Changed-" + initial;
    }
}
