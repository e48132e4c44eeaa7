package org.unionworks.org.web;

import java.time.LocalDate;

/** One union's census return with its answers. */
public record CensusReturnView(long id, long censusId, long unionId, String unionName, String districtName,
                               String status, Boolean hasCommittee, Integer committeeSize, LocalDate termStartsOn,
                               LocalDate termEndsOn, Integer members, Integer employees, Boolean hasWorkersHome,
                               Boolean holdsCongress, String problems, LocalDate submittedOn, String submittedBy,
                               long version, String employerCreditCode) {
}
