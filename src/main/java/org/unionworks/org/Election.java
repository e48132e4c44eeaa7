package org.unionworks.org;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The election (换届选举) that ends a term: planned, approved by the upper union (批复), held. */
@Entity
@Table(name = "election")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Election extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private long termId;
    private LocalDate plannedOn;
    private String approvalNo;
    private LocalDate approvedOn;
    private LocalDate heldOn;
    private Long nextTermId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ElectionStatus status = ElectionStatus.PLANNED;

    protected Election() {
    }

    Election(long unionId, long termId, LocalDate plannedOn, String approvalNo, LocalDate approvedOn) {
        this.unionId = unionId;
        this.termId = termId;
        plan(plannedOn, approvalNo, approvedOn);
    }

    void plan(LocalDate plannedOn, String approvalNo, LocalDate approvedOn) {
        this.plannedOn = plannedOn;
        this.approvalNo = approvalNo;
        this.approvedOn = approvedOn;
    }

    void held(LocalDate on, long nextTermId) {
        this.heldOn = on;
        this.nextTermId = nextTermId;
        this.status = ElectionStatus.HELD;
    }

    boolean isHeld() {
        return status == ElectionStatus.HELD;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getTermId() { return termId; }
    LocalDate getPlannedOn() { return plannedOn; }
    String getApprovalNo() { return approvalNo; }
    LocalDate getApprovedOn() { return approvedOn; }
    LocalDate getHeldOn() { return heldOn; }
    Long getNextTermId() { return nextTermId; }
    ElectionStatus getStatus() { return status; }
}
