package org.unionworks.democracy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the democracy module's API answers. */
public final class DemocracyViews {

    private DemocracyViews() {
    }

    /** A contract with whether it is in force today, the contract that renews it (if any) and the employers it covers. */
    public record Contract(long id, long unionId, String unionName, String kind, String coverage, String title, LocalDate offerOn,
                           String offerParty, int rounds, String status, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                           Integer workersCovered, BigDecimal wageRise, String keyTerms, LocalDate filedOn, String filingNo,
                           String filingAuthority, LocalDate terminatedOn, Long renewsId, Long renewedById, boolean inForce,
                           List<CoveredEmployer> employers, Long version) {
    }

    public record CoveredEmployer(long id, long employerId, String name, Integer workers) {
    }
}
