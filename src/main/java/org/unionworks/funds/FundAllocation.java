package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Money a union allocates (拨付、补助): to a lower union, to a programme (送温暖, 金秋助学 …), to 困难职工帮扶, to service
 * places or to a project, with the approval; or a correction of such an allocation (the amount is then the change).
 */
@Entity
@Table(name = "fund_allocation")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class FundAllocation extends Versioned {

    enum Purpose {
        LOWER_UNION("补助下级工会"), PROGRAMME("普惠服务项目"), HARDSHIP("困难职工帮扶"), SERVICE_PLACE("服务阵地建设"), PROJECT("其他项目");

        final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private Long toUnionId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String programmeKind;
    private String project;
    private BigDecimal amount;
    private LocalDate allocatedOn;
    private String approvalNo;
    private String approvedBy;
    private Long correctionOf;
    private String note;

    protected FundAllocation() {
    }

    FundAllocation(long unionId) {
        this.unionId = unionId;
    }

    static FundAllocation correcting(FundAllocation original) {
        FundAllocation a = new FundAllocation(original.unionId);
        a.correctionOf = original.id;
        a.target(original.purpose, original.toUnionId, original.programmeKind, original.project);
        return a;
    }

    void target(Purpose purpose, Long toUnionId, String programmeKind, String project) {
        this.purpose = purpose;
        this.toUnionId = toUnionId;
        this.programmeKind = programmeKind;
        this.project = project;
    }

    void amount(BigDecimal amount, LocalDate allocatedOn, String approvalNo, String approvedBy, String note) {
        this.amount = amount;
        this.allocatedOn = allocatedOn;
        this.approvalNo = approvalNo;
        this.approvedBy = approvedBy;
        this.note = note;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    Long getToUnionId() { return toUnionId; }
    Purpose getPurpose() { return purpose; }
    String getProgrammeKind() { return programmeKind; }
    String getProject() { return project; }
    BigDecimal getAmount() { return amount; }
    LocalDate getAllocatedOn() { return allocatedOn; }
    String getApprovalNo() { return approvalNo; }
    String getApprovedBy() { return approvedBy; }
    Long getCorrectionOf() { return correctionOf; }
    String getNote() { return note; }
}
