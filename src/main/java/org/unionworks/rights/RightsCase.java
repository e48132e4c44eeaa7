package org.unionworks.rights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A rights case: 受理 → 处理中 → 已办结 / 已终止. */
@Entity
@Table(name = "rights_case")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class RightsCase extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String kind;
    private String employerName;
    private int workersCount;
    private int workersHelped;
    private BigDecimal amountClaimed = BigDecimal.ZERO;
    private BigDecimal amountRecovered = BigDecimal.ZERO;
    private String partnerAgency;
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.ACCEPTED;
    private LocalDate acceptedOn;
    private LocalDate closedOn;
    private String outcome;
    private String summary;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rights_case_worker", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseWorker> workers = new ArrayList<>();

    protected RightsCase() {
    }

    RightsCase(long unionId, CaseFields f) {
        this.unionId = unionId;
        describe(f);
    }

    void describe(CaseFields f) {
        this.kind = f.kind();
        this.employerName = f.employerName();
        this.workersCount = f.workersCount();
        this.amountClaimed = f.amountClaimed();
        this.partnerAgency = f.partnerAgency();
        this.campaignId = f.campaignId();
        this.acceptedOn = f.acceptedOn();
        this.summary = f.summary();
        this.workers.clear();
        this.workers.addAll(f.workers());
    }

    void progress() {
        this.status = CaseStatus.IN_PROGRESS;
    }

    void close(CaseStatus outcomeStatus, LocalDate on, String outcome, BigDecimal recovered, int helped) {
        this.status = outcomeStatus;
        this.closedOn = on;
        this.outcome = outcome;
        this.amountRecovered = recovered;
        this.workersHelped = helped;
    }

    boolean isOpen() {
        return status.open();
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getKind() { return kind; }
    String getEmployerName() { return employerName; }
    int getWorkersCount() { return workersCount; }
    int getWorkersHelped() { return workersHelped; }
    BigDecimal getAmountClaimed() { return amountClaimed; }
    BigDecimal getAmountRecovered() { return amountRecovered; }
    String getPartnerAgency() { return partnerAgency; }
    Long getCampaignId() { return campaignId; }
    CaseStatus getStatus() { return status; }
    LocalDate getAcceptedOn() { return acceptedOn; }
    LocalDate getClosedOn() { return closedOn; }
    String getOutcome() { return outcome; }
    String getSummary() { return summary; }
    List<CaseWorker> getWorkers() { return workers; }
}
