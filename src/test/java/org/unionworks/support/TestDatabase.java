package org.unionworks.support;

import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the suite runs on: H2 by default; PostgreSQL when the system property
 * {@code uw.test.database=postgres} is set (Maven's "postgres" execution). An unreachable
 * PostgreSQL skips the suite on a developer machine and fails it in CI (CI=true).
 */
public final class TestDatabase {

    public static final String URL = citus()
            ? env("UW_TEST_CITUS_URL", "jdbc:postgresql://localhost:5440/unionworks")
            : env("UW_TEST_PG_URL", "jdbc:postgresql://localhost:5432/unionworks_test");
    public static final String USER = env(citus() ? "UW_TEST_CITUS_USER" : "UW_TEST_PG_USER", "unionworks");
    public static final String PASSWORD = env(citus() ? "UW_TEST_CITUS_PASSWORD" : "UW_TEST_PG_PASSWORD", "unionworks");

    private TestDatabase() {
    }

    /** PostgreSQL, plain or with Citus (whose coordinator is a PostgreSQL the application talks to as to any). */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty("uw.test.database")) || citus();
    }

    /** The suite runs on a Citus coordinator ({@code uw.test.database=citus}) with the application's citus profile. */
    public static boolean citus() {
        return "citus".equals(System.getProperty("uw.test.database"));
    }

    /** Of {@code tables}, those the Citus cluster has not distributed by district (always none off Citus). */
    public static List<String> notPlacedByDistrict(JdbcTemplate jdbc, String... tables) {
        return !citus() ? List.of() : Arrays.stream(tables).filter(t -> jdbc.queryForObject(
                "select count(*) from pg_dist_partition where logicalrelid = to_regclass(?) and partmethod = 'h'", Long.class, t) == 0)
                .toList();
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Registers the PostgreSQL datasource when asked for ({@link PostgresAvailable} has checked it). */
    public static void register(DynamicPropertyRegistry registry) {
        if (!postgres()) {
            return;
        }
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /**
     * A database of the suite's own, for a suite that fills it with a demo city: schema {@code name}
     * in the PostgreSQL test database, or an in-memory H2 database of that name.
     */
    public static void registerOwn(DynamicPropertyRegistry registry, String name) {
        if (postgres()) {
            registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + name);
            registry.add("spring.datasource.username", () -> USER);
            registry.add("spring.datasource.password", () -> PASSWORD);
            registry.add("spring.flyway.schemas", () -> name);
            registry.add("spring.flyway.default-schema", () -> name);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    /** Null if PostgreSQL answers, otherwise why not. */
    static String reach() {
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
