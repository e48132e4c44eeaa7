package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 小微企业返还: a small enterprise's funds of a year returned to its union under the rule in force at the year's end, with
 * the approval; or a correction of such a return (the amount is then the change), booked on its own day.
 */
@Entity
@Table(name = "fund_return")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class FundReturn extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private long unionId;
    private long employerId;
    @Column(name = "return_year")
    private int year;
    private int entryNo;
    private BigDecimal paidInYear;
    private BigDecimal amount;
    private long ruleId;
    private LocalDate returnedOn;
    private String approvalNo;
    private Long correctionOf;
    private String note;

    protected FundReturn() {
    }

    FundReturn(long unionId, Long districtId, long employerId, int year, BigDecimal paidInYear, long ruleId) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.employerId = employerId;
        this.year = year;
        this.paidInYear = paidInYear;
        this.ruleId = ruleId;
    }

    /** A correction of {@code original} by {@code change}, its {@code entryNo}-th entry. */
    static FundReturn correcting(FundReturn original, int entryNo) {
        FundReturn r = new FundReturn(original.unionId, original.districtId, original.employerId, original.year, original.paidInYear,
                original.ruleId);
        r.correctionOf = original.id;
        r.entryNo = entryNo;
        return r;
    }

    void paid(BigDecimal amount, LocalDate returnedOn, String approvalNo, String note) {
        this.amount = amount;
        this.returnedOn = returnedOn;
        this.approvalNo = approvalNo;
        this.note = note;
    }

    Long getId() { return id; }
    Long getDistrictId() { return districtId; }
    long getUnionId() { return unionId; }
    long getEmployerId() { return employerId; }
    int getYear() { return year; }
    int getEntryNo() { return entryNo; }
    BigDecimal getPaidInYear() { return paidInYear; }
    BigDecimal getAmount() { return amount; }
    long getRuleId() { return ruleId; }
    LocalDate getReturnedOn() { return returnedOn; }
    String getApprovalNo() { return approvalNo; }
    Long getCorrectionOf() { return correctionOf; }
    String getNote() { return note; }
}
