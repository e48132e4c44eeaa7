package org.unionworks.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** 整改台账 item: 整改中 → 已完成 (with evidence) → 已销号 (verified). Overdue when in progress past its deadline. */
@Entity
@Table(name = "rectification")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Rectification extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String source;
    private String category;
    private String description;
    private String ownerPerson;
    private String ownerDepartment;
    private String measures;
    private LocalDate deadline;
    private LocalDate foundOn;
    @Enumerated(EnumType.STRING)
    private RectificationStatus status = RectificationStatus.IN_PROGRESS;
    private boolean immediate;
    private LocalDate doneOn;
    private String result;
    private String verifier;
    private LocalDate verifiedOn;
    private Long researchId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rectification_evidence", joinColumns = @JoinColumn(name = "rectification_id"))
    @Column(name = "file_id")
    private List<String> evidence = new ArrayList<>();

    protected Rectification() {
    }

    Rectification(ProblemLedger.Problem p) {
        this.unionId = p.unionId();
        this.source = p.source();
        this.researchId = p.researchId();
        describe(p);
    }

    void describe(ProblemLedger.Problem p) {
        this.category = p.category();
        this.description = p.description();
        this.ownerPerson = p.ownerPerson();
        this.ownerDepartment = p.ownerDepartment();
        this.measures = p.measures();
        this.deadline = p.deadline();
        this.foundOn = p.foundOn();
    }

    /** 立整立改: fixed at once, on the day it was found. */
    void fixedAtOnce(String result) {
        this.immediate = true;
        complete(foundOn, result, List.of());
    }

    void complete(LocalDate on, String result, List<String> files) {
        if (status != RectificationStatus.IN_PROGRESS) {
            throw new ConflictException("该事项已完成");
        }
        this.status = RectificationStatus.DONE;
        this.doneOn = on;
        this.result = result;
        this.evidence.addAll(files);
    }

    void verify(String verifier, LocalDate on) {
        if (status != RectificationStatus.DONE) {
            throw new ConflictException("只有已完成的事项可以销号");
        }
        this.status = RectificationStatus.CLOSED;
        this.verifier = verifier;
        this.verifiedOn = on;
    }

    boolean overdue(LocalDate today) {
        return status == RectificationStatus.IN_PROGRESS && deadline.isBefore(today);
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getSource() { return source; }
    String getCategory() { return category; }
    String getDescription() { return description; }
    String getOwnerPerson() { return ownerPerson; }
    String getOwnerDepartment() { return ownerDepartment; }
    String getMeasures() { return measures; }
    LocalDate getDeadline() { return deadline; }
    LocalDate getFoundOn() { return foundOn; }
    RectificationStatus getStatus() { return status; }

    boolean inProgress() { return status == RectificationStatus.IN_PROGRESS; }
    boolean isImmediate() { return immediate; }
    LocalDate getDoneOn() { return doneOn; }
    String getResult() { return result; }
    String getVerifier() { return verifier; }
    LocalDate getVerifiedOn() { return verifiedOn; }
    Long getResearchId() { return researchId; }
    List<String> getEvidence() { return evidence; }
}
