package org.unionworks.democracy;

import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 提案 to a session: submitted, accepted as a proposal (立案) or not, and handled with the answer given. */
@Entity
@Table(name = "congress_proposal")
class CongressProposal extends Versioned {

    enum Status { SUBMITTED, ACCEPTED, REJECTED, HANDLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long sessionId;
    /** Its session's district, moved with it by the platform's {@code SubtreeDistricts} (never updated here). */
    @Column(updatable = false)
    private long districtId;
    private String title;
    private String proposer;
    private String category;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate handledOn;
    private String handling;

    protected CongressProposal() {
    }

    CongressProposal(long sessionId, long districtId, String title, String proposer, String category) {
        this.sessionId = sessionId;
        this.districtId = districtId;
        this.title = title;
        this.proposer = proposer;
        this.category = category;
        this.status = Status.SUBMITTED;
    }

    void describe(String title, String proposer, String category) {
        this.title = title;
        this.proposer = proposer;
        this.category = category;
    }

    /** 立案 or not; a proposal not accepted is answered as well. */
    void decide(boolean accepted, String answer) {
        if (status != Status.SUBMITTED) {
            throw new ConflictException("该提案已处理");
        }
        this.status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.handling = answer;
    }

    void handle(LocalDate on, String answer) {
        if (status != Status.ACCEPTED) {
            throw new ConflictException(status == Status.SUBMITTED ? "提案立案后才能办结" : "该提案不能办结");
        }
        if (answer == null) {
            throw new InvalidInputException("handling", "请填写办理情况");
        }
        this.status = Status.HANDLED;
        this.handledOn = on;
        this.handling = answer;
    }

    Long getId() { return id; }
    long getSessionId() { return sessionId; }
    String getTitle() { return title; }
    String getProposer() { return proposer; }
    String getCategory() { return category; }
    Status getStatus() { return status; }
    LocalDate getHandledOn() { return handledOn; }
    String getHandling() { return handling; }
}
