package org.unionworks.resilience;

import java.nio.file.Files;
import java.nio.file.Path;

import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 while a 1M-row member import is being written: the database holds none of it, the job
 * says it failed after the restart, and running the same file again gives the whole import, once.
 */
final class KillDuringImport {

    private final Drills d;

    KillDuringImport(Drills d) {
        this.d = d;
    }

    void run() throws Exception {
        Path file = d.workbook("kill-import.xlsx", 0, d.rows, 100);
        byte[] content = Files.readAllBytes(file);
        int valid = d.rows - d.rows / 100;
        long before = d.count("select count(*) from member");
        Http admin = d.admin();
        var started = admin.upload("/api/members/import?mode=VALID_ONLY&autoCommit=true", "kill-import.xlsx", content);
        d.expect(started.status() == 202, "the upload was accepted: " + started);
        String job = started.json().get("id").asString();
        int killedAt = Drills.waitUntilWriting(admin, job, valid / 3);
        d.kill();
        long afterKill = d.count("select count(*) from member");
        d.line("kill -9 with %,d of %,d rows written in the open transaction: members %,d before, %,d after the kill",
                killedAt, valid, before, afterKill);
        d.expect(afterKill == before, "the killed import left " + (afterKill - before) + " rows behind");

        d.start(false);
        admin = d.admin();
        JsonNode after = admin.get("/api/imports/jobs/" + job).json();
        d.line("the job after the restart: %s, written=%s, «%s»", after.get("status").asString(),
                after.get("written").asBoolean(), after.get("message").asString());
        d.expect(after.get("status").asString().equals("FAILED") && !after.get("written").asBoolean(),
                "the interrupted job is not marked failed: " + after);

        long t = System.nanoTime();
        JsonNode again = rerun(admin, content);
        long afterRerun = d.count("select count(*) from member");
        d.line("the same file again (application heap -Xmx%s): %s in %.1f s, %,d created, %,d bad rows; members %,d (expected %,d)",
                Drills.HEAP, again.get("status").asString(), Drills.secs(t), again.get("created").asInt(), again.get("failed").asInt(),
                afterRerun, before + valid);
        d.expect(again.get("created").asInt() == valid && afterRerun == before + valid, "the re-run did not give the whole import");

        JsonNode third = rerun(admin, content);
        d.line("and once more: %,d created, %,d updated, %,d unchanged; members %,d", third.get("created").asInt(),
                third.get("updated").asInt(), third.get("unchanged").asInt(), d.count("select count(*) from member"));
        d.expect(third.get("created").asInt() == 0 && third.get("updated").asInt() == 0
                && d.count("select count(*) from member") == afterRerun, "importing the same file twice changed something");
    }

    private JsonNode rerun(Http admin, byte[] content) throws InterruptedException {
        var started = admin.upload("/api/members/import?mode=VALID_ONLY&autoCommit=true", "kill-import.xlsx", content);
        d.expect(started.status() == 202, "the re-run upload was accepted: " + started);
        return Drills.finished(admin, started.json().get("id").asString(), 900);
    }
}
