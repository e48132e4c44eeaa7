package org.unionworks.rights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A case as entered. */
record CaseFields(String kind, String employerName, int workersCount, BigDecimal amountClaimed, String partnerAgency,
                  Long campaignId, LocalDate acceptedOn, String summary, List<CaseWorker> workers) {
}
