package org.unionworks.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.unionworks.support.Http;

/**
 * The database stops for a few seconds and starts again while users keep working: every request in
 * between fails cleanly (503 problem+json, within the connection timeout, nothing half-saved), and
 * requests succeed again without restarting the application.
 */
final class DatabaseOutage {

    private static final int DOWN_SECONDS = 8;

    private final Drills d;
    private final String stop;
    private final String start;

    DatabaseOutage(Drills d, String stop, String start) {
        this.d = d;
        this.stop = stop;
        this.start = start;
    }

    private record Call(long atMs, int status, long ms, String contentType) {
    }

    void run() throws Exception {
        Http admin = d.admin();
        long root = d.ids("select id from union_org where depth = 0").get(0);
        long unionsBefore = d.count("select count(*) from union_org");
        List<Call> calls = new ArrayList<>();
        long t0 = System.nanoTime();
        long[] window = new long[2];
        Thread outage = new Thread(() -> {
            try {
                Thread.sleep(3000);
                window[0] = (System.nanoTime() - t0) / 1_000_000;
                shell(stop);
                Thread.sleep(DOWN_SECONDS * 1000L);
                shell(start);
                window[1] = (System.nanoTime() - t0) / 1_000_000;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        outage.start();
        int okInARow = 0;
        int attempt = 0;
        while (okInARow < 20 && Drills.secs(t0) < 120) {
            long t = System.nanoTime();
            Http.Response r;
            if (attempt++ % 5 == 0) {
                r = admin.post("/api/orgs", Map.of("parentId", root, "name", "停库演练" + attempt, "orgType", "DISTRICT_FEDERATION"));
            } else {
                r = admin.get("/api/members?page=1&size=20");
            }
            long now = (System.nanoTime() - t0) / 1_000_000;
            calls.add(new Call(now, r.status(), (System.nanoTime() - t) / 1_000_000,
                    r.headers().firstValue("Content-Type").orElse("")));
            boolean ok = r.status() == 200 || r.status() == 201;
            okInARow = ok && window[1] > 0 ? okInARow + 1 : 0;
            Thread.sleep(100);
        }
        outage.join();
        report(calls, window, unionsBefore);
    }

    private void report(List<Call> calls, long[] window, long unionsBefore) throws Exception {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        long worst = 0;
        long firstOkAfter = -1;
        boolean clean = true;
        int created = 0;
        for (Call c : calls) {
            byStatus.merge(c.status(), 1, Integer::sum);
            if (c.status() == 201) {
                created++;
            }
            boolean duringOrAfter = c.atMs() >= window[0];
            if (duringOrAfter) {
                worst = Math.max(worst, c.ms());
            }
            if (c.status() >= 500) {
                clean &= c.status() == 503 && c.contentType().startsWith("application/problem+json");
            }
            if (window[1] > 0 && c.atMs() > window[1] && firstOkAfter < 0 && c.status() < 300) {
                firstOkAfter = c.atMs() - window[1];
            }
        }
        long unionsAfter = d.count("select count(*) from union_org");
        d.line("database down %d s under a user's requests: answers %s; slowest %d ms; first success %d ms after the start",
                DOWN_SECONDS, byStatus, worst, firstOkAfter);
        d.line("writes during the drill: %d answered 201, %d unions more in the database", created, unionsAfter - unionsBefore);
        d.expect(byStatus.keySet().stream().anyMatch(s -> s == 503), "no request met the outage (nothing was measured)");
        d.expect(clean, "a request during the outage failed other than 503 problem+json: " + byStatus);
        d.expect(worst < 15_000, "a request hung " + worst + " ms during the outage");
        d.expect(firstOkAfter >= 0 && firstOkAfter < 30_000, "requests did not succeed again within 30 s");
        d.expect(unionsAfter - unionsBefore == created, "a refused write was saved anyway, or a saved one was lost");
    }

    private static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("'" + command + "' failed");
        }
    }
}
