package org.unionworks.resilience;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Concurrent users on loopback, bounded in count and time: each signs in with an account of its
 * own and mixes figures, lists, searches and edits of one shared employer (with the version it
 * read, retrying on 409), pausing 2–8 s between clicks as a person reading the page does, while one of them
 * imports a workbook. No request may fail, and the
 * shared employer's count must equal its start plus the edits that were answered 200.
 */
final class LoadDrill {

    private final Drills d;
    private final int users;
    private final int seconds;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger edits = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();

    LoadDrill(Drills d, int users, int seconds) {
        this.d = d;
        this.users = users;
        this.seconds = seconds;
    }

    void run() throws Exception {
        Http admin = d.admin();
        List<Http> sessions = d.accounts(admin, users);
        long employer = d.ids("select min(id) from employer where status = 'ACTIVE'").get(0);
        int startCount = admin.get("/api/employers/" + employer).json().get("employeeCount").asInt();
        List<String> names = new ArrayList<>();
        for (JsonNode m : admin.get("/api/members?page=1&size=100").json().get("items")) {
            names.add(m.get("name").asString());
        }
        byte[] workbook = Files.readAllBytes(d.workbook("load-import.xlsx", 5_000_000, 20_000, 0));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users + 1);
        pool.execute(() -> importer(sessions.get(0), workbook));
        for (int u = 0; u < users; u++) {
            Http http = sessions.get(u);
            Random random = new Random(u);
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    step(http, random, employer, names);
                    think(random);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600, TimeUnit.SECONDS);
        int finalCount = admin.get("/api/employers/" + employer).json().get("employeeCount").asInt();
        report(startCount, finalCount);
    }

    /** What a cadre does: mostly lists and searches, sometimes the dashboard, sometimes an edit. */
    private void step(Http http, Random random, long employer, List<String> names) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            timed("figures", 200, () -> http.get("/api/figures"));
        } else if (dice < 40) {
            timed("member search", 200, () -> http.get("/api/members?q="
                    + java.net.URLEncoder.encode(names.get(random.nextInt(names.size())).substring(0, 2),
                    java.nio.charset.StandardCharsets.UTF_8)));
        } else if (dice < 85) {
            timed("lists", 200, () -> http.get(random.nextBoolean() ? "/api/employers?page=" + (1 + random.nextInt(5))
                    : "/api/orgs?page=" + (1 + random.nextInt(3))));
        } else {
            edit(http, employer);
        }
    }

    /** A person reads what came back before the next click: two to eight seconds. */
    private static void think(Random random) {
        try {
            Thread.sleep(2000 + random.nextInt(6000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Read the employer, add one employee, save with the version read; on 409 read again. */
    private void edit(Http http, long employer) {
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonNode e = timed("edit (read)", 200, () -> http.get("/api/employers/" + employer)).json();
            Map<String, Object> body = new HashMap<>();
            for (String f : List.of("name", "creditCode", "ownershipType", "industry", "divisionCode", "address",
                    "femaleCount", "migrantCount", "newFormCount", "shouldHaveUnion", "registeredOn", "version")) {
                JsonNode v = e.get(f);
                body.put(f, v == null || v.isNull() ? null : v.isNumber() ? v.numberValue()
                        : v.isBoolean() ? v.asBoolean() : v.asString());
            }
            body.put("employeeCount", e.get("employeeCount").asInt() + 1);
            var saved = timed("edit (save)", -1, () -> http.put("/api/employers/" + employer, body));
            int status = saved.status();
            if (status != 200 && status != 409) {
                errors.add("edit answered " + saved.toString().substring(0, Math.min(300, saved.toString().length())));
                return;
            }
            if (status == 200) {
                edits.incrementAndGet();
                return;
            }
            conflicts.incrementAndGet();
        }
        errors.add("an edit found no gap in 50 attempts");
    }

    private void importer(Http http, byte[] workbook) {
        long t = System.nanoTime();
        var started = http.upload("/api/members/import?mode=VALID_ONLY&autoCommit=true", "load-import.xlsx", workbook);
        if (started.status() != 202) {
            errors.add("import upload answered " + started);
            return;
        }
        try {
            JsonNode job = Drills.finished(http, started.json().get("id").asString(), seconds + 600);
            d.line("import during the load: 20,000 rows %s in %.1f s (%,d created)", job.get("status").asString(),
                    Drills.secs(t), job.get("created").asInt());
            if (!job.get("status").asString().equals("DONE") || job.get("created").asInt() != 20_000) {
                errors.add("the import under load ended " + job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Http.Response timed(String kind, int expected, java.util.function.Supplier<Http.Response> call) {
        long t = System.nanoTime();
        Http.Response r;
        try {
            r = call.get();
        } catch (RuntimeException e) {
            errors.add(kind + ": " + e);
            throw e;
        }
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t) / 1_000_000);
        if (expected > 0 && r.status() != expected) {
            errors.add(kind + " answered " + r.status());
        }
        return r;
    }

    private void report(int startCount, int finalCount) {
        long total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        d.line("%d concurrent users for %d s: %,d requests (%,.0f/s), %d errors", users, seconds, total,
                total / (double) seconds, errors.size());
        latencies.forEach((kind, q) -> {
            long[] ms = q.stream().mapToLong(Long::longValue).sorted().toArray();
            d.line("  %-14s n=%,7d  p50 %5d ms  p95 %5d ms  max %6d ms", kind, ms.length, ms[ms.length / 2],
                    ms[Math.max(0, (int) Math.ceil(ms.length * 0.95) - 1)], ms[ms.length - 1]);
        });
        d.line("edits of one shared employer: %,d saved, %,d refused as stale and retried; employees %,d -> %,d (expected %,d)",
                edits.get(), conflicts.get(), startCount, finalCount, startCount + edits.get());
        d.expect(finalCount == startCount + edits.get(), "lost updates: " + (startCount + edits.get() - finalCount));
        d.expect(errors.isEmpty(), "errors under load: " + errors.stream().distinct().limit(10).toList());
    }
}
