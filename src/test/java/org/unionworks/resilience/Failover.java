package org.unionworks.resilience;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The primary PostgreSQL server is lost (kill -9 of its pg_auto_failover keeper and PostgreSQL) while
 * users keep working and an import is writing. The application, connected with a multi-host URL that
 * follows the primary, must answer only 503 with Retry-After while the standby is promoted, lose no
 * write it answered 201 for, see the import commit whole or fail whole, and work again without a
 * restart: a new import after the switch succeeds. The HA cluster is driven by {@code ops/ha/local.sh}.
 */
final class Failover {

    private static final int IMPORT_ROWS = 100_000;
    private static final int RECOVERY_ROWS = 5_000;
    private static final int SECONDS_AFTER_PROMOTION = 15;
    /** Pooled connections to the lost server are found dead as they are borrowed; that must be over soon. */
    private static final long SETTLE_MS = 5_000;
    private static final String PREFIX = "切换演练";

    private final Drills d;
    private final String script;
    private final int users;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private long t0;

    Failover(Drills d, String script, int users) {
        this.d = d;
        this.script = script;
        this.users = users;
    }

    /** One request as the user saw it; {@code unionId} of an answered write, else 0. */
    private record Call(long atMs, boolean write, int status, boolean retryAfter, boolean problem, long unionId) {
    }

    void run() throws Exception {
        Http admin = d.admin();
        List<Http> sessions = d.accounts(admin, users);
        long root = d.ids("select id from union_org where depth = 0").get(0);
        byte[] workbook = Files.readAllBytes(d.workbook("failover-import.xlsx", 7_000_000, IMPORT_ROWS, 0));
        long membersBefore = d.count("select count(*) from member");
        String oldPrimary = shell(script + " primary-port");

        t0 = System.nanoTime();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            Http http = sessions.get(u);
            Random random = new Random(u);
            int user = u;
            pool.execute(() -> work(http, random, root, user, stop));
        }
        var started = admin.upload("/api/members/import?mode=VALID_ONLY&autoCommit=true", "failover-import.xlsx", workbook);
        d.expect(started.status() == 202, "the import upload was accepted: " + started);
        String job = started.json().get("id").asString();
        int writtenAtKill = Drills.waitUntilWriting(admin, job, IMPORT_ROWS / 3);

        long killedAt = now();
        String lost = shell(script + " kill-primary");
        long promotedAt = waitForNewPrimary(oldPrimary);
        Thread.sleep(SECONDS_AFTER_PROMOTION * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);

        JsonNode inFlight = finished(admin, job);
        long membersAfter = d.count("select count(*) from member");
        JsonNode recovery = recoveryImport(admin);
        String rejoined = rejoin(lost);
        report(killedAt, promotedAt, lost, writtenAtKill, inFlight, membersBefore, membersAfter, recovery, rejoined);
    }

    /** A cadre's clicks, closer together than in the load drill so that many fall into the switch. */
    private void work(Http http, Random random, long root, int user, AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            boolean write = random.nextInt(3) == 0;
            Http.Response r = write
                    ? http.post("/api/orgs", Map.of("parentId", root, "name", PREFIX + user + "-" + n++,
                            "orgType", "DISTRICT_FEDERATION"))
                    : random.nextBoolean() ? http.get("/api/members?page=1&size=20") : http.get("/api/figures");
            long id = write && r.status() == 201 ? r.json().get("id").asLong() : 0;
            calls.add(new Call(now(), write, r.status(), r.headers().firstValue("Retry-After").isPresent(),
                    r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), id));
            try {
                Thread.sleep(200 + random.nextInt(400));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Polls the HA manager's monitor until another node is the writable primary; returns when. */
    private long waitForNewPrimary(String oldPrimary) throws Exception {
        long deadline = now() + 120_000;
        while (now() < deadline) {
            String port = shell(script + " primary-port");
            if (!port.isEmpty() && !port.equals(oldPrimary)) {
                return now();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no standby was promoted within 120 s");
    }

    /** The interrupted job must end (FAILED, or DONE if it committed before the kill) without a restart. */
    private JsonNode finished(Http admin, String job) throws InterruptedException {
        try {
            return Drills.finished(admin, job, 120);
        } catch (IllegalStateException e) {
            d.expect(false, "the import interrupted by the failover never ended: " + e.getMessage());
            return admin.get("/api/imports/jobs/" + job).json();
        }
    }

    private JsonNode recoveryImport(Http admin) throws Exception {
        byte[] content = Files.readAllBytes(d.workbook("failover-after.xlsx", 8_000_000, RECOVERY_ROWS, 0));
        var started = admin.upload("/api/members/import?mode=VALID_ONLY&autoCommit=true", "failover-after.xlsx", content);
        d.expect(started.status() == 202, "the import after the switch was accepted: " + started);
        return Drills.finished(admin, started.json().get("id").asString(), 300);
    }

    /**
     * The lost node is started again and should come back as the standby of the new primary by itself; if it does not
     * within the script's wait (its diagnosis goes to stderr), the operator's remedy is tried: the node rebuilt from
     * the primary. The drill fails only when that does not bring it back either.
     */
    private String rejoin(String node) throws Exception {
        shell(script + " restart " + node);
        long from = now();
        try {
            shell(script + " wait-healthy");
            return String.format("rejoined by itself in %.1f s%n%s", (now() - from) / 1000.0, shell(script + " state"));
        } catch (IllegalStateException e) {
            d.line("the lost node did not rejoin by itself: %s; rebuilding it from the primary", e.getMessage());
        }
        from = now();
        try {
            shell(script + " rebuild " + node);
            shell(script + " wait-healthy");
        } catch (IllegalStateException e) {
            d.expect(false, "the lost node did not rejoin as the standby, not even rebuilt: " + e.getMessage());
        }
        return String.format("did NOT rejoin by itself; rebuilt from the primary (local.sh rebuild %s) in %.1f s%n%s",
                node, (now() - from) / 1000.0, shell(script + " state"));
    }

    private void report(long killedAt, long promotedAt, String lost, int writtenAtKill, JsonNode inFlight,
                        long membersBefore, long membersAfter, JsonNode recovery, String rejoined) throws Exception {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int failed = 0;
        int unclean = 0;
        int beforeKill = 0;
        long lastFailure = -1;
        Set<Long> answered = new HashSet<>();
        for (Call c : calls) {
            byStatus.merge(c.status(), 1, Integer::sum);
            if (c.unionId() > 0) {
                answered.add(c.unionId());
            }
            if (c.status() >= 300) {
                failed++;
                lastFailure = Math.max(lastFailure, c.atMs());
                unclean += c.status() == 503 && c.retryAfter() && c.problem() ? 0 : 1;
                beforeKill += c.atMs() < killedAt ? 1 : 0;
            }
        }
        Set<Long> saved = new HashSet<>(d.ids("select id from union_org where name like '" + PREFIX + "%'"));
        long writesLost = answered.stream().filter(id -> !saved.contains(id)).count();
        long lastAnsweredBeforeKill = calls.stream().filter(c -> c.unionId() > 0 && c.atMs() < killedAt).count();
        String job = inFlight.get("status").asString();
        long importDelta = membersAfter - membersBefore;

        d.line("failover: %s (the primary) killed %.1f s into %d users' work, with an import %,d of %,d rows into writing",
                lost, killedAt / 1000.0, users, writtenAtKill, IMPORT_ROWS);
        d.line("  time to promotion (HA monitor shows the standby as primary): %.1f s", (promotedAt - killedAt) / 1000.0);
        d.line("  requests: %,d, answers %s; failed %d, all 503 + Retry-After problem+json: %s; last failure %.1f s after the kill",
                calls.size(), byStatus, failed, unclean == 0, lastFailure < 0 ? 0 : (lastFailure - killedAt) / 1000.0);
        d.line("  writes answered 201: %,d (%,d before the kill); present after the switch: %,d; writes lost: %d;"
                + " saved though not answered 201 (commit in doubt at the kill): %d",
                answered.size(), lastAnsweredBeforeKill, answered.size() - writesLost, writesLost,
                saved.size() - (answered.size() - writesLost));
        d.line("  the import in flight: %s (%s), members %+,d", job, inFlight.get("message").asString(), importDelta);
        d.line("  an import after the switch, same application process: %s, %,d created", recovery.get("status").asString(),
                recovery.get("created").asInt());
        d.line("  the lost node after a restart: %s", rejoined.strip());

        d.expect(writesLost == 0, writesLost + " writes answered 201 are missing after the failover");
        d.expect(unclean == 0, "a request failed other than 503 problem+json with Retry-After: " + byStatus);
        d.expect(beforeKill == 0, beforeKill + " requests failed before the primary was lost");
        d.expect(lastFailure < 0 || lastFailure - promotedAt <= SETTLE_MS,
                "requests still failed " + (lastFailure - promotedAt) + " ms after the promotion");
        d.expect(job.equals("FAILED") && importDelta == 0
                        || job.equals("DONE") && importDelta == inFlight.get("created").asInt(),
                "the import in flight was neither whole nor absent: " + job + ", members " + importDelta);
        d.expect(recovery.get("status").asString().equals("DONE") && recovery.get("created").asInt() == RECOVERY_ROWS,
                "the import after the switch did not succeed: " + recovery);
    }

    private long now() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("'" + command + "' failed: " + out);
        }
        return out;
    }
}
