package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 受益对象 of a programme: a person or a unit visited (with the number of its workers reached), what was given in
 * cash and in goods. In a programme without applications a beneficiary is recorded as given; in one with them
 * (金秋助学) it is applied for, approved or rejected, and given after the 公示.
 */
@Entity
@Table(name = "programme_beneficiary")
class Beneficiary extends Versioned {

    enum Recipient { PERSON, UNIT }

    enum Status { APPLIED, APPROVED, REJECTED, GIVEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long programmeId;
    @Enumerated(EnumType.STRING)
    private Recipient recipient;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String category;
    private String employerName;
    private String detail;
    private Long hardshipFileId;
    private Long employerId;
    private Long unitUnionId;
    private Integer workersReached;
    private BigDecimal cash;
    private BigDecimal goods;
    private String goodsDescription;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate appliedOn;
    private LocalDate reviewedOn;
    private String reviewNote;
    private LocalDate givenOn;

    protected Beneficiary() {
    }

    /** A beneficiary of {@code programme}: applied for on {@code day} if it takes applications, else given on it. */
    Beneficiary(Programme programme, LocalDate day) {
        this.programmeId = programme.getId();
        if (programme.isApplicationFlow()) {
            this.status = Status.APPLIED;
            this.appliedOn = day;
        } else {
            this.status = Status.GIVEN;
            this.givenOn = day;
        }
    }

    /** Who and what: {@code hardshipFileId} is the open file of the person's household, if any. */
    record Facts(Recipient recipient, String name, String idNumber, String category, String employerName, String detail,
                 Long hardshipFileId, Long employerId, Long unitUnionId, Integer workersReached, BigDecimal cash, BigDecimal goods,
                 String goodsDescription) {
    }

    void describe(Facts f) {
        if (f.recipient() == Recipient.UNIT && f.workersReached() == null) {
            throw new InvalidInputException("workersReached", "慰问单位须填写覆盖职工人数");
        }
        this.recipient = f.recipient();
        this.name = f.name();
        this.idNumber = f.recipient() == Recipient.PERSON ? f.idNumber() : null;
        this.category = f.category();
        this.employerName = f.employerName();
        this.detail = f.detail();
        this.hardshipFileId = f.recipient() == Recipient.PERSON ? f.hardshipFileId() : null;
        this.employerId = f.employerId();
        this.unitUnionId = f.unitUnionId();
        this.workersReached = f.recipient() == Recipient.UNIT ? f.workersReached() : null;
        this.cash = f.cash() == null ? BigDecimal.ZERO : f.cash();
        this.goods = f.goods() == null ? BigDecimal.ZERO : f.goods();
        this.goodsDescription = f.goodsDescription();
    }

    /** A given record keeps the day it was given on; corrections of it change only that day. */
    void givenOn(LocalDate day) {
        if (status == Status.GIVEN && day != null) {
            this.givenOn = day;
        }
    }

    void review(boolean approved, LocalDate on, String note) {
        if (status != Status.APPLIED && status != Status.APPROVED && status != Status.REJECTED) {
            throw new ConflictException("已发放的不能再审核");
        }
        if (appliedOn != null && on.isBefore(appliedOn)) {
            throw new InvalidInputException("reviewedOn", "审核日期不能早于申请日期");
        }
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.reviewedOn = on;
        this.reviewNote = note;
    }

    void requireApproved() {
        if (status != Status.APPROVED) {
            throw new ConflictException(status == Status.GIVEN ? "已发放" : "审核通过后才能发放");
        }
    }

    void pay(LocalDate on, BigDecimal amount) {
        requireApproved();
        this.status = Status.GIVEN;
        this.givenOn = on;
        if (amount != null) {
            this.cash = amount;
        }
    }

    Long getId() { return id; }
    long getProgrammeId() { return programmeId; }
    Recipient getRecipient() { return recipient; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getCategory() { return category; }
    String getEmployerName() { return employerName; }
    String getDetail() { return detail; }
    Long getHardshipFileId() { return hardshipFileId; }
    Long getEmployerId() { return employerId; }
    Long getUnitUnionId() { return unitUnionId; }
    Integer getWorkersReached() { return workersReached; }
    BigDecimal getCash() { return cash; }
    BigDecimal getGoods() { return goods; }
    String getGoodsDescription() { return goodsDescription; }
    Status getStatus() { return status; }
    LocalDate getAppliedOn() { return appliedOn; }
    LocalDate getReviewedOn() { return reviewedOn; }
    String getReviewNote() { return reviewNote; }
    LocalDate getGivenOn() { return givenOn; }
}
