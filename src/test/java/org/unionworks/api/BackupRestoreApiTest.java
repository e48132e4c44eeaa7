package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.CleanDatabase;
import org.unionworks.support.Http;
import org.unionworks.support.PostgresAvailable;
import org.unionworks.support.TestDatabase;

/**
 * Backup and restore as the README tells an operator to do them (pg_dump / pg_restore on PostgreSQL,
 * SCRIPT / RUNSCRIPT on H2), on a database of its own filled with the small demo city: the backup is
 * taken, the database is wiped, the backup is restored, and every figure and every table's row count
 * is what it was.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "unionworks.demo=small")
@ActiveProfiles(resolver = org.unionworks.support.TestProfiles.class)
@Import(CleanDatabase.class)
class BackupRestoreApiTest {

    private static final String SCHEMA = "uwbackup";
    private static final String PASSWORD = "Backup-Restore-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, SCHEMA);
    }

    @Test
    void aRestoredBackupGivesBackEveryFigureAndEveryRow() throws Exception {
        Http admin = new Http(port);
        assertThat(admin.login("admin", ApiTestBase.BOOTSTRAP_PASSWORD).status()).isEqualTo(200);
        admin.post("/api/auth/password", Map.of("oldPassword", ApiTestBase.BOOTSTRAP_PASSWORD, "newPassword", PASSWORD));
        String district = jdbc.queryForObject("select min(id) from union_org where depth = 1", String.class);
        String cityBefore = figures(admin, null);
        String districtBefore = figures(admin, district);
        Map<String, Long> rowsBefore = rowCounts();
        assertThat(rowsBefore.get("member")).isEqualTo(3000);

        Path backup = backup();
        wipe();
        assertThat(rowCounts()).as("the wipe left tables behind").isEmpty();
        restore(backup);

        assertThat(rowCounts()).isEqualTo(rowsBefore);
        Http again = new Http(port);
        assertThat(again.login("admin", PASSWORD).status()).as("the account comes back with its password").isEqualTo(200);
        assertThat(figures(again, null)).isEqualTo(cityBefore);
        assertThat(figures(again, district)).isEqualTo(districtBefore);
        var created = again.post("/api/orgs", Map.of("parentId", Long.valueOf(district), "name", "恢复后新建工会",
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE"));
        assertThat(created.status()).as("sequences restored: new rows get fresh ids. " + created).isEqualTo(201);
    }

    private static String figures(Http http, String under) {
        LocalDate today = LocalDate.now();
        var r = http.get("/api/figures?on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today
                + (under == null ? "" : "&under=" + under));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().size()).isGreaterThan(20);
        return r.text();
    }

    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }

    private Path backup() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "backup"));
        if (!TestDatabase.postgres()) {
            Path file = dir.resolve("h2-backup.sql").toAbsolutePath();
            jdbc.execute("script to '" + file + "'");
            return file;
        }
        Path file = dir.resolve("pg-backup.dump").toAbsolutePath();
        Files.deleteIfExists(file);
        run(pg("pg_dump", "-Fc", "-n", SCHEMA, "-f", file.toString()));
        return file;
    }

    private void wipe() {
        jdbc.execute(TestDatabase.postgres() ? "drop schema " + SCHEMA + " cascade" : "drop all objects");
    }

    private void restore(Path file) throws IOException, InterruptedException {
        if (!TestDatabase.postgres()) {
            jdbc.execute("runscript from '" + file + "'");
            return;
        }
        run(pg("pg_restore", "--no-owner", file.toString()));
    }

    /** A PostgreSQL client command against the test database, with the connection taken from its JDBC URL. */
    private static ProcessBuilder pg(String command, String... args) {
        URI uri = URI.create(TestDatabase.URL.substring("jdbc:".length()));
        List<String> line = new java.util.ArrayList<>(List.of(command, "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", TestDatabase.USER,
                "-d", uri.getPath().substring(1)));
        line.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
        return pb;
    }

    private static void run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", pb.command()) + ": " + output).isZero();
    }
}
