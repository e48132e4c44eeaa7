package org.unionworks.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.unionworks.support.Http;
import org.unionworks.support.MemberWorkbooks;

import tools.jackson.databind.JsonNode;

/**
 * The fault drills of the reliability issue, against the packaged application running as a
 * separate process on PostgreSQL (schema {@code drill}, emptied first): kill -9 in the middle of a
 * 1M-row import, the database stopped and started under load, and 100 concurrent users. Each drill
 * prints what it saw and ends the run with exit code 1 when a promise is broken. Run with
 * {@code mvn -q -DskipTests package && mvn -q -Dskip.web=true test-compile exec:java
 * -Dexec.mainClass=org.unionworks.resilience.Drills -Dexec.classpathScope=test}. With
 * {@code --failover ops/ha/local.sh} and a multi-host {@code --url} it runs the failover drill alone
 * (see {@link Failover}).
 */
public final class Drills {

    static final String SCHEMA = "drill";
    static final String BOOTSTRAP = "Drill-Bootstrap-2026";
    static final String PASSWORD = "Drill-Chief-2026";
    /** The whole application gets the import's heap budget: a 1M-row import must fit in it. */
    static final String HEAP = "512m";

    final String url;
    final String user;
    final String password;
    final int rows;
    final List<String> lines = new ArrayList<>();
    final List<String> broken = new ArrayList<>();
    private final Path jar;
    private Process app;
    private int port;
    private boolean passwordChanged;
    private int starts;

    private Drills(String[] args) throws IOException {
        url = arg(args, "--url", "jdbc:postgresql://localhost:5432/unionworks_bench");
        user = arg(args, "--user", "unionworks");
        password = arg(args, "--password", "unionworks");
        rows = Integer.parseInt(arg(args, "--rows", "1000000"));
        try (var found = Files.list(Path.of("target"))) {
            jar = found.filter(p -> p.getFileName().toString().matches("unionworks-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/unionworks-*.jar: run mvn -DskipTests package first"));
        }
    }

    public static void main(String[] args) throws Exception {
        Drills d = new Drills(args);
        d.emptySchema();
        String ha = arg(args, "--failover", null);
        try {
            d.start(true);
            if (ha != null) {
                new Failover(d, ha, Integer.parseInt(arg(args, "--users", "20"))).run();
                return;
            }
            new KillDuringImport(d).run();
            new DatabaseOutage(d, arg(args, "--pg-stop", "pg_ctlcluster 15 main stop"),
                    arg(args, "--pg-start", "pg_ctlcluster 15 main start")).run();
            new LoadDrill(d, Integer.parseInt(arg(args, "--users", "100")),
                    Integer.parseInt(arg(args, "--seconds", "60"))).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            d.broken.add("the drill stopped: " + e);
        } finally {
            d.stop();
            System.out.println();
            System.out.println("== UnionWorks fault and load drills (" + Runtime.getRuntime().availableProcessors()
                    + " cores, PostgreSQL) ==");
            d.lines.forEach(System.out::println);
            d.broken.forEach(b -> System.out.println("BROKEN: " + b));
            System.exit(d.broken.isEmpty() ? 0 : 1);
        }
    }

    /** Starts the packaged application on a free port and waits until it answers. */
    void start(boolean demo) throws Exception {
        port = freePort();
        Path log = Files.createDirectories(Path.of("target", "drills")).resolve("app-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + HEAP, "-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=warn"));
        if (demo) {
            command.addAll(List.of("--unionworks.demo=small", "--logging.level.org.unionworks.platform.demo=info"));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("SPRING_DATASOURCE_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("SPRING_FLYWAY_SCHEMAS", SCHEMA);
        env.put("SPRING_FLYWAY_DEFAULT_SCHEMA", SCHEMA);
        env.put("UNIONWORKS_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP);
        env.put("UNIONWORKS_MAX_UPLOAD", "300MB");
        env.put("UNIONWORKS_FILES_DIR", "target/drills/files");
        app = pb.start();
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped at start-up; see " + log);
            }
            try {
                // Tomcat answers while the demo city is still being written; its last log line says when it is done.
                if (new Http(port).get("/api/auth/csrf").status() == 200 && (!demo || Files.readString(log).contains("生成完成"))) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not answer within 4 minutes; see " + log);
    }

    /** kill -9: the JVM gets no chance to finish anything. */
    void kill() throws InterruptedException {
        app.destroyForcibly();
        app.waitFor();
    }

    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
    }

    /** A signed-in administrator session (the first one changes the bootstrap password). */
    Http admin() {
        Http http = new Http(port);
        if (!passwordChanged) {
            expect(http.login("admin", BOOTSTRAP).status() == 200, "bootstrap login");
            var changed = http.post("/api/auth/password", Map.of("oldPassword", BOOTSTRAP, "newPassword", PASSWORD));
            if (changed.status() != 200) {
                throw new IllegalStateException("password change refused: " + changed);
            }
            passwordChanged = true;
        } else {
            expect(http.login("admin", PASSWORD).status() == 200, "admin login");
        }
        return http;
    }

    /** One signed-in account per user, each at the root union with the city administrator's role. */
    List<Http> accounts(Http admin, int users) {
        long role = 0;
        for (JsonNode r : admin.get("/api/roles").json()) {
            if (r.get("code").asString().equals("CITY_ADMIN")) {
                role = r.get("id").asLong();
            }
        }
        long root = admin.get("/api/auth/me").json().get("unionId").asLong();
        List<Http> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String name = "load" + u + "_" + System.nanoTime() % 100000;
            var created = admin.post("/api/users", Map.of("username", name, "displayName", "压测用户" + u,
                    "unionId", root, "roleIds", List.of(role)));
            String initial = created.json().get("initialPassword").asString();
            Http http = new Http(port);
            http.login(name, initial);
            http.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", "Load-" + initial));
            sessions.add(http);
        }
        return sessions;
    }

    int port() {
        return port;
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    Path workbook(String name, int first, int count, int badEvery) throws Exception {
        Path file = Path.of("target", "drills", name);
        MemberWorkbooks.write(file, first, count, badEvery,
                ids("select id from union_org where org_type = 'GRASSROOTS' order by id"));
        return file;
    }

    /** Polls an import job until it leaves the running states. */
    static JsonNode finished(Http http, String job, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            JsonNode j = http.get("/api/imports/jobs/" + job).json();
            if (!List.of("VALIDATING", "READY", "WRITING").contains(j.get("status").asString())) {
                return j;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import job " + job + " still running after " + seconds + " s");
    }

    /** Polls an import job until it is writing and has processed at least {@code rows}; returns how many it had. */
    static int waitUntilWriting(Http http, String job, int rows) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 900_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode j = http.get("/api/imports/jobs/" + job).json();
            String status = j.get("status").asString();
            if (status.equals("WRITING") && j.get("processed").asInt() >= rows) {
                return j.get("processed").asInt();
            }
            if (!List.of("VALIDATING", "READY", "WRITING").contains(status)) {
                throw new IllegalStateException("the import ended (" + status + ") before the fault could be made");
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the import never processed " + rows + " rows");
    }

    void expect(boolean promise, String what) {
        if (!promise) {
            broken.add(what);
        }
    }

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        lines.add(s);
        System.out.println(s);
    }

    private void emptySchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
            st.execute("create schema " + SCHEMA);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setSchema(SCHEMA);
        return c;
    }

    static double secs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
