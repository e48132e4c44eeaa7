package org.unionworks.democracy;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A union's election kept by the rules: seats, the candidate list and its approval by the upper union, the vote and the
 * result's approval, which holds the term's election. Each step answers the state the one before it left.
 */
@Entity
@Table(name = "election_process")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class ElectionProcess extends Versioned {

    /** 会员大会 (all members vote) or 会员代表大会 (the representatives vote). */
    enum Mode { ASSEMBLY, CONGRESS }

    enum Status { PREPARING, SUBMITTED, APPROVED, VOTED, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long electionId;
    private long unionId;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    private int committeeSeats;
    private int auditSeats;
    private int womensSeats;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PREPARING;
    private LocalDate submittedOn;
    private String candidatesApprovalNo;
    private LocalDate candidatesApprovedOn;
    private String returnComment;
    private LocalDate votingOn;
    private Integer electorate;
    private Integer ballotsIssued;
    private Integer ballotsReturned;
    private String resultReportNo;
    private LocalDate resultApprovedOn;
    private Integer newTermYears;

    protected ElectionProcess() {
    }

    ElectionProcess(long electionId, long unionId) {
        this.electionId = electionId;
        this.unionId = unionId;
    }

    void seats(Mode mode, int committee, int audit, int womens) {
        require(Status.PREPARING, "名额和选举方式只能在报送预备人选之前修改");
        this.mode = mode;
        this.committeeSeats = committee;
        this.auditSeats = audit;
        this.womensSeats = womens;
    }

    void submit(LocalDate on) {
        require(Status.PREPARING, "预备人选已报送");
        this.status = Status.SUBMITTED;
        this.submittedOn = on;
        this.returnComment = null;
    }

    void approveCandidates(String approvalNo, LocalDate on) {
        require(Status.SUBMITTED, "只有已报送的预备人选可以审查");
        this.status = Status.APPROVED;
        this.candidatesApprovalNo = approvalNo;
        this.candidatesApprovedOn = on;
    }

    void returnCandidates(String comment) {
        require(Status.SUBMITTED, "只有已报送的预备人选可以退回");
        this.status = Status.PREPARING;
        this.returnComment = comment;
    }

    void voted(LocalDate on, int electorate, int issued, int returned) {
        if (status != Status.APPROVED && status != Status.VOTED) {
            throw new ConflictException(status == Status.CONFIRMED ? "选举结果已经上级工会批准，不能再修改" : "预备人选经上级工会审查同意后才能进行选举");
        }
        this.status = Status.VOTED;
        this.votingOn = on;
        this.electorate = electorate;
        this.ballotsIssued = issued;
        this.ballotsReturned = returned;
    }

    void confirm(String reportNo, LocalDate on, int newTermYears) {
        require(Status.VOTED, "须先登记投票结果");
        this.status = Status.CONFIRMED;
        this.resultReportNo = reportNo;
        this.resultApprovedOn = on;
        this.newTermYears = newTermYears;
    }

    void require(Status expected, String message) {
        if (status != expected) {
            throw new ConflictException(message);
        }
    }

    Long getId() { return id; }
    long getElectionId() { return electionId; }
    long getUnionId() { return unionId; }
    Mode getMode() { return mode; }
    int getCommitteeSeats() { return committeeSeats; }
    int getAuditSeats() { return auditSeats; }
    int getWomensSeats() { return womensSeats; }
    Status getStatus() { return status; }
    LocalDate getSubmittedOn() { return submittedOn; }
    String getCandidatesApprovalNo() { return candidatesApprovalNo; }
    LocalDate getCandidatesApprovedOn() { return candidatesApprovedOn; }
    String getReturnComment() { return returnComment; }
    LocalDate getVotingOn() { return votingOn; }
    Integer getElectorate() { return electorate; }
    Integer getBallotsIssued() { return ballotsIssued; }
    Integer getBallotsReturned() { return ballotsReturned; }
    String getResultReportNo() { return resultReportNo; }
    LocalDate getResultApprovedOn() { return resultApprovedOn; }
    Integer getNewTermYears() { return newTermYears; }

    int seats(Candidate.Body body) {
        return switch (body) {
            case COMMITTEE -> committeeSeats;
            case AUDIT -> auditSeats;
            case WOMENS -> womensSeats;
        };
    }
}
