package org.unionworks.org;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union committee's term (届期), usually 3 or 5 years; one is current until an election ends it. */
@Entity
@Table(name = "union_term")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Term extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private int termNo;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int lengthYears;
    private String chairName;
    private String committee;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private TermStatus status = TermStatus.CURRENT;
    private LocalDate postponementAskedTo;
    private String postponementReason;
    private LocalDate postponedTo;
    private String postponementNo;
    private LocalDate postponementApprovedOn;

    protected Term() {
    }

    Term(long unionId, Long districtId, int termNo, LocalDate startsOn, int lengthYears, LocalDate endsOn, String chairName,
         String committee) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.termNo = termNo;
        describe(startsOn, lengthYears, endsOn, chairName, committee);
    }

    /** {@code endsOn} null means the usual end: start plus the length in years, less one day. */
    void describe(LocalDate startsOn, int lengthYears, LocalDate endsOn, String chairName, String committee) {
        this.startsOn = startsOn;
        this.lengthYears = lengthYears;
        this.endsOn = endsOn != null ? endsOn : startsOn.plusYears(lengthYears).minusDays(1);
        this.chairName = chairName;
        this.committee = committee;
    }

    void end() {
        status = TermStatus.ENDED;
    }

    /** 延期换届 asked of the upper union: the new deadline and why; replaces an earlier request not yet approved. */
    void askPostponement(LocalDate to, String reason) {
        if (!isCurrent()) {
            throw new ConflictException("只有现任届期可以申请延期换届");
        }
        if (!to.isAfter(deadline())) {
            throw new InvalidInputException("askedTo", "延期后的换届期限须晚于现在的期限（" + deadline() + "）");
        }
        this.postponementAskedTo = to;
        this.postponementReason = reason;
    }

    void approvePostponement(String approvalNo, LocalDate approvedOn) {
        if (postponementAskedTo == null) {
            throw new ConflictException("该届期没有待批准的延期换届申请");
        }
        this.postponedTo = postponementAskedTo;
        this.postponementNo = approvalNo;
        this.postponementApprovedOn = approvedOn;
        this.postponementAskedTo = null;
    }

    void withdrawPostponement() {
        if (postponementAskedTo == null) {
            throw new ConflictException("该届期没有待批准的延期换届申请");
        }
        this.postponementAskedTo = null;
        this.postponementReason = postponedTo == null ? null : postponementReason;
    }

    /** The day by which the election is due: the term's end, or the approved postponement. */
    LocalDate deadline() {
        return postponedTo != null ? postponedTo : endsOn;
    }

    boolean isCurrent() {
        return status == TermStatus.CURRENT;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    Long getDistrictId() { return districtId; }
    int getTermNo() { return termNo; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    int getLengthYears() { return lengthYears; }
    String getChairName() { return chairName; }
    String getCommittee() { return committee; }
    TermStatus getStatus() { return status; }
    LocalDate getPostponementAskedTo() { return postponementAskedTo; }
    String getPostponementReason() { return postponementReason; }
    LocalDate getPostponedTo() { return postponedTo; }
    String getPostponementNo() { return postponementNo; }
    LocalDate getPostponementApprovedOn() { return postponementApprovedOn; }
}
