package org.unionworks.governance;

import java.time.LocalDate;

/** How other modules put a problem into the rectification ledger (e.g. the bottlenecks of field research). */
public interface ProblemLedger {

    /** A problem found, as a rectification item; returns its id. */
    long record(Problem problem);

    /**
     * A problem found and already rectified, entered afterwards (补录 of a past audit's findings): in the ledger as done on
     * {@code doneOn} with {@code result}, awaiting verification (销号) like any other.
     */
    long recordRectified(Problem problem, LocalDate doneOn, String result);

    /** How many problems a field research round put into the ledger (within the caller's data scope). */
    long countFromResearch(long researchId);

    /**
     * Where the items stand (for a module that opened them, e.g. the funds audit's findings): by id, those that exist
     * and are visible. {@code rectified} once done (整改完成) or verified (销号), with the day it was done.
     */
    java.util.Map<Long, Progress> progress(java.util.Collection<Long> ids);

    /** An item's state: 整改中, 已完成 or 已销号 ({@code status} IN_PROGRESS, DONE, CLOSED), its deadline and the day it was done. */
    record Progress(String status, LocalDate deadline, LocalDate doneOn) {
        public boolean rectified() {
            return !"IN_PROGRESS".equals(status);
        }
    }

    /** A problem as found: where, by what, of what category, who owns it, by when. */
    record Problem(long unionId, String source, String category, String description, String ownerPerson,
                   String ownerDepartment, String measures, LocalDate deadline, LocalDate foundOn, Long researchId) {
    }
}
