package org.unionworks.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A union's return of one statistical year: a draft pre-filled from the records, answered and checked; submitted with
 * the head's signature; approved by the union above (its values frozen from then on) or sent back with comments.
 */
@Entity
@Table(name = "annual_return")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class AnnualReturn extends Versioned {

    enum Status {
        DRAFT("填报中"), SUBMITTED("已上报待审核"), RETURNED("已退回"), APPROVED("已审核（锁定）");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long formId;
    private long unionId;
    /** The district the union was in when the year's returns were started (what it reported then); never updated. */
    @Column(updatable = false)
    private Long districtId;
    private int statYear;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    /** Bookkeeping of the refresh and the checks: not audited (the nightly run would fill the log). */
    @Masked(Masked.Kind.IGNORED)
    private OffsetDateTime prefilledAt;
    @Masked(Masked.Kind.IGNORED)
    private OffsetDateTime checkedAt;
    @Masked(Masked.Kind.IGNORED)
    private int blockingFailures;
    @Masked(Masked.Kind.IGNORED)
    private int warnings;
    private OffsetDateTime submittedAt;
    private String submittedBy;
    private String signerName;
    private LocalDate signedOn;
    private OffsetDateTime reviewedAt;
    private String reviewedBy;
    private String reviewComment;

    protected AnnualReturn() {
    }

    AnnualReturn(long formId, long unionId, Long districtId, int statYear, OffsetDateTime prefilledAt) {
        this.formId = formId;
        this.unionId = unionId;
        this.districtId = districtId;
        this.statYear = statYear;
        this.prefilledAt = prefilledAt;
    }

    /** Still open to answers and to a refresh from the records: a draft or a return sent back. */
    boolean isOpen() {
        return status == Status.DRAFT || status == Status.RETURNED;
    }

    void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException(status == Status.APPROVED ? "该调查表已审核锁定，数值不能再改变"
                    : "该调查表已上报待审核，如需修改请由上级退回");
        }
    }

    void prefilled(OffsetDateTime at) {
        requireOpen();
        prefilledAt = at;
    }

    void checked(OffsetDateTime at, int blocking, int warnings) {
        this.checkedAt = at;
        this.blockingFailures = blocking;
        this.warnings = warnings;
    }

    void submit(String signer, LocalDate signedOn, String by, OffsetDateTime at) {
        requireOpen();
        this.signerName = signer;
        this.signedOn = signedOn;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = Status.SUBMITTED;
    }

    void approve(String by, OffsetDateTime at, String comment) {
        requireSubmitted();
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
        status = Status.APPROVED;
    }

    void sendBack(String by, OffsetDateTime at, String comment) {
        requireSubmitted();
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
        status = Status.RETURNED;
    }

    /** 撤销审核: an approved return goes back to its union (已退回) with the reason; its values are no longer locked. */
    void reopen(String by, OffsetDateTime at, String reason) {
        if (status != Status.APPROVED) {
            throw new ConflictException("只有已审核的调查表才能撤销审核");
        }
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = reason;
        status = Status.RETURNED;
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw new ConflictException("只有已上报的调查表才能审核");
        }
    }

    Long getId() { return id; }
    long getFormId() { return formId; }
    long getUnionId() { return unionId; }
    Long getDistrictId() { return districtId; }
    int getStatYear() { return statYear; }
    Status getStatus() { return status; }
    OffsetDateTime getPrefilledAt() { return prefilledAt; }
    OffsetDateTime getCheckedAt() { return checkedAt; }
    int getBlockingFailures() { return blockingFailures; }
    int getWarnings() { return warnings; }
    OffsetDateTime getSubmittedAt() { return submittedAt; }
    String getSubmittedBy() { return submittedBy; }
    String getSignerName() { return signerName; }
    LocalDate getSignedOn() { return signedOn; }
    OffsetDateTime getReviewedAt() { return reviewedAt; }
    String getReviewedBy() { return reviewedBy; }
    String getReviewComment() { return reviewComment; }
}
