package org.unionworks.governance;

import java.time.LocalDate;

/** How other modules put a problem into the rectification ledger (e.g. the bottlenecks of field research). */
public interface ProblemLedger {

    /** A problem found, as a rectification item; returns its id. */
    long record(Problem problem);

    /** How many problems a field research round put into the ledger (within the caller's data scope). */
    long countFromResearch(long researchId);

    /** A problem as found: where, by what, of what category, who owns it, by when. */
    record Problem(long unionId, String source, String category, String description, String ownerPerson,
                   String ownerDepartment, String measures, LocalDate deadline, LocalDate foundOn, Long researchId) {
    }
}
