package org.unionworks.org.web;

import java.time.LocalDate;

/** A term with its election and 延期换届: {@code deadline} is the end of the term, or the approved postponement. */
public record TermView(long id, long unionId, int termNo, LocalDate startsOn, LocalDate endsOn, int lengthYears,
                       String chairName, String committee, String status, long version, Long electionId,
                       LocalDate plannedOn, String approvalNo, LocalDate approvedOn, LocalDate heldOn, LocalDate deadline,
                       LocalDate postponementAskedTo, String postponementReason, LocalDate postponedTo, String postponementNo,
                       LocalDate postponementApprovedOn) {
}
