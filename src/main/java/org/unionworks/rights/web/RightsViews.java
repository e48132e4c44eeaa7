package org.unionworks.rights.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the rights endpoints answer. */
public final class RightsViews {

    private RightsViews() {
    }

    /** A rights case (维权案件); the workers' ID numbers masked; steps only in the single-record answer. */
    public record Case(long id, long unionId, String unionName, String kind, String employerName, int workersCount, int workersHelped,
                       BigDecimal amountClaimed, BigDecimal amountRecovered, String partnerAgency, Long campaignId, String status,
                       LocalDate acceptedOn, LocalDate closedOn, String outcome, String summary, List<CaseWorkerView> workers, Long version,
                       List<Step> steps) {
    }

    public record CaseWorkerView(String name, String idNumber) {
    }

    public record Step(LocalDate stepOn, String status, String note, String doneBy) {
    }


    /** 普法宣传: a lecture or live stream and its audience. */
    public record Outreach(long id, long unionId, String unionName, LocalDate heldOn, String topic, String kind, String organizer,
                           int audienceOnsite, int audienceOnline, Long version) {
    }

    /** 专项行动: a campaign run with another agency, to which cases belong. */
    public record CampaignView(long id, String name, LocalDate startsOn, LocalDate endsOn, String unionName) {
    }
}
