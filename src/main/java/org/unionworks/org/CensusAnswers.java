package org.unionworks.org;

import java.time.LocalDate;

/** The fixed questionnaire of a census return. */
record CensusAnswers(Boolean hasCommittee, Integer committeeSize, LocalDate termStartsOn, LocalDate termEndsOn,
                     Integer members, Integer employees, Boolean hasWorkersHome, Boolean holdsCongress,
                     String problems, String employerCreditCode) {
}
