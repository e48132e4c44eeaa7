package org.unionworks.org.web;

import java.time.LocalDate;
import java.util.List;

/** A census return as the records answer it; {@code prefilled} names the questions answered (the others stay to the union). */
public record CensusPrefillView(Boolean hasCommittee, Integer committeeSize, LocalDate termStartsOn, LocalDate termEndsOn, Integer members,
                                Integer employees, Boolean hasWorkersHome, Boolean holdsCongress, String employerCreditCode,
                                List<String> prefilled) {
}
