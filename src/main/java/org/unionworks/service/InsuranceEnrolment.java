package org.unionworks.service;

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

/** 职工医疗互助保障参保: a unit's enrolment for a year — insured workers, premium per person and the amount paid. */
@Entity
@Table(name = "insurance_enrolment")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class InsuranceEnrolment extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private int coverYear;
    private String unitName;
    private Long employerId;
    private int insuredWorkers;
    private BigDecimal premiumPerPerson;
    private BigDecimal amountPaid;
    private LocalDate paidOn;
    private String policyNo;

    protected InsuranceEnrolment() {
    }

    InsuranceEnrolment(long unionId, Long districtId) {
        this.unionId = unionId;
        this.districtId = districtId;
    }

    record Terms(int year, String unitName, Long employerId, int insuredWorkers, BigDecimal premiumPerPerson, BigDecimal amountPaid,
                 LocalDate paidOn, String policyNo) {
    }

    void enrol(Terms t) {
        this.coverYear = t.year();
        this.unitName = t.unitName();
        this.employerId = t.employerId();
        this.insuredWorkers = t.insuredWorkers();
        this.premiumPerPerson = t.premiumPerPerson();
        this.amountPaid = t.amountPaid();
        this.paidOn = t.paidOn();
        this.policyNo = t.policyNo();
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    int getCoverYear() { return coverYear; }
    String getUnitName() { return unitName; }
    Long getEmployerId() { return employerId; }
    int getInsuredWorkers() { return insuredWorkers; }
    BigDecimal getPremiumPerPerson() { return premiumPerPerson; }
    BigDecimal getAmountPaid() { return amountPaid; }
    LocalDate getPaidOn() { return paidOn; }
    String getPolicyNo() { return policyNo; }
}
