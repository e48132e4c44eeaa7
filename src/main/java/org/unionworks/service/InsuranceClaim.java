package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 互助金给付: a sick worker's claim (category, hospital stay, amount claimed) and, once paid, the amount and day. */
@Entity
@Table(name = "insurance_claim")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class InsuranceClaim extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private int coverYear;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String unitName;
    private String illnessCategory;
    private LocalDate admittedOn;
    private LocalDate dischargedOn;
    private LocalDate claimedOn;
    private BigDecimal amountClaimed;
    private BigDecimal amountPaid;
    private LocalDate paidOn;

    protected InsuranceClaim() {
    }

    InsuranceClaim(long unionId, Long districtId) {
        this.unionId = unionId;
        this.districtId = districtId;
    }

    record Facts(int year, String name, String idNumber, String unitName, String illnessCategory, LocalDate admittedOn,
                 LocalDate dischargedOn, LocalDate claimedOn, BigDecimal amountClaimed, BigDecimal amountPaid, LocalDate paidOn) {
    }

    void record(Facts f) {
        if (f.dischargedOn() != null && (f.admittedOn() == null || f.dischargedOn().isBefore(f.admittedOn()))) {
            throw new InvalidInputException("dischargedOn", "出院日期不能早于入院日期（填出院日期须先填入院日期）");
        }
        if ((f.amountPaid() == null) != (f.paidOn() == null)) {
            throw new InvalidInputException(f.paidOn() == null ? "paidOn" : "amountPaid", "给付金额和给付日期须同时填写");
        }
        if (f.amountPaid() != null && f.amountPaid().compareTo(f.amountClaimed()) > 0) {
            throw new InvalidInputException("amountPaid", "给付金额不能超过申请金额");
        }
        if (f.paidOn() != null && f.paidOn().isBefore(f.claimedOn())) {
            throw new InvalidInputException("paidOn", "给付日期不能早于申请日期");
        }
        this.coverYear = f.year();
        this.name = f.name();
        this.idNumber = f.idNumber();
        this.unitName = f.unitName();
        this.illnessCategory = f.illnessCategory();
        this.admittedOn = f.admittedOn();
        this.dischargedOn = f.dischargedOn();
        this.claimedOn = f.claimedOn();
        this.amountClaimed = f.amountClaimed();
        this.amountPaid = f.amountPaid();
        this.paidOn = f.paidOn();
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    int getCoverYear() { return coverYear; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getUnitName() { return unitName; }
    String getIllnessCategory() { return illnessCategory; }
    LocalDate getAdmittedOn() { return admittedOn; }
    LocalDate getDischargedOn() { return dischargedOn; }
    LocalDate getClaimedOn() { return claimedOn; }
    BigDecimal getAmountClaimed() { return amountClaimed; }
    BigDecimal getAmountPaid() { return amountPaid; }
    LocalDate getPaidOn() { return paidOn; }
}
