package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Elections for other modules, within the caller's data scope: a term's planned election, and holding it. */
public interface TermElections {

    /** An election planned for a union's current term (or already held), with the term's end and the deadline after any postponement. */
    record PlannedElection(long electionId, long unionId, long termId, int termNo, LocalDate termEndsOn, LocalDate deadline,
                           LocalDate plannedOn, String approvalNo, LocalDate approvedOn, boolean held) {
    }

    Optional<PlannedElection> election(long electionId);

    /** {@link #election} for many at once (a page of a list), by election id. */
    java.util.Map<Long, PlannedElection> elections(java.util.Collection<Long> electionIds);

    /** A union's current term: its number, end and deadline (after an approved postponement). */
    record CurrentTerm(long termId, long unionId, int termNo, LocalDate endsOn, LocalDate deadline) {
    }

    Optional<CurrentTerm> currentTerm(long unionId);

    /** Current terms of active unions whose deadline falls on or before the day, the earliest first. */
    List<CurrentTerm> currentTermsDueBy(LocalDate day);

    /** Plans the election of a current term (or updates its plan) with the upper union's 批复 to hold it; answers its id. */
    long plan(long termId, LocalDate plannedOn, String approvalNo, LocalDate approvedOn);

    /** The election's result is approved: the term ends on the day of the vote and the new committee's term opens. */
    void hold(long electionId, LocalDate heldOn, int lengthYears, String chairName, String committee);
}
