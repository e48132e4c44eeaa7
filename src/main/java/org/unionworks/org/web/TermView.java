package org.unionworks.org.web;

import java.time.LocalDate;

public record TermView(long id, long unionId, int termNo, LocalDate startsOn, LocalDate endsOn, int lengthYears,
                       String chairName, String committee, String status, long version, Long electionId,
                       LocalDate plannedOn, String approvalNo, LocalDate approvedOn, LocalDate heldOn) {
}
