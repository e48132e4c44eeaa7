package org.unionworks.org.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One union's census return with its answers. */
public record CensusReturnView(long id, long censusId, long unionId, String unionName, String districtName,
                               String status, Boolean hasCommittee, Integer committeeSize, LocalDate termStartsOn,
                               LocalDate termEndsOn, Integer members, Integer employees, Boolean hasWorkersHome,
                               Boolean holdsCongress, String problems, LocalDate submittedOn, String submittedBy,
                               long version, String employerCreditCode, Map<String, BigDecimal> questionAnswers) {

    public CensusReturnView withQuestionAnswers(Map<String, BigDecimal> answers) {
        return new CensusReturnView(id, censusId, unionId, unionName, districtName, status, hasCommittee, committeeSize, termStartsOn,
                termEndsOn, members, employees, hasWorkersHome, holdsCongress, problems, submittedOn, submittedBy, version,
                employerCreditCode, answers);
    }
}
