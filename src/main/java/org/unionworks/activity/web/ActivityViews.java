package org.unionworks.activity.web;

import java.time.LocalDate;
import java.util.List;

/** What the cadre-activity endpoints answer. */
public final class ActivityViews {

    private ActivityViews() {
    }

    public record Activity(long id, long unionId, String unionName, String kind, LocalDate heldOn, String topic, String organizer,
                           Integer participants, String participantList, String materialFileId, Long version) {
    }

    /** 大调研: a research round and how many problems it put into the ledger. */
    public record ResearchRound(long id, long unionId, String unionName, String title, LocalDate startsOn, LocalDate endsOn,
                                String visited, int visitedCount, long problems) {
    }

    public record RoundCreated(long id, String title) {
    }

    public record ProblemRecorded(long rectificationId) {
    }

    /** 蹲点工作组: stationed at a grassroots union, with the matters it got done. */
    public record WorkGroup(long id, long unionId, String unionName, String name, String members, long stationedUnionId,
                            String stationedUnionName, LocalDate startsOn, LocalDate endsOn, List<Matter> matters) {
    }

    public record GroupCreated(long id, String name) {
    }

    public record Matter(long id, LocalDate doneOn, String description) {
    }
}
