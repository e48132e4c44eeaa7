package org.unionworks.member;

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

/** 会员转接: started by the sending union, accepted or rejected by the receiving one. Both sides see it. */
@Entity
@Table(name = "member_transfer")
@Filter(name = DataScope.FILTER, deduceAliasInjectionPoints = false, condition = DataScope.BY_FROM_OR_TO_UNION)
class Transfer extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long memberId;
    private long fromUnionId;
    private long toUnionId;
    @Enumerated(EnumType.STRING)
    private TransferStatus status = TransferStatus.PENDING;
    private String reason;
    private LocalDate requestedOn;
    private String requestedBy;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decisionNote;
    private Long pendingMemberId;

    protected Transfer() {
    }

    Transfer(long memberId, long fromUnionId, long toUnionId, String reason, LocalDate on, String by) {
        this.memberId = memberId;
        this.fromUnionId = fromUnionId;
        this.toUnionId = toUnionId;
        this.reason = reason;
        this.requestedOn = on;
        this.requestedBy = by;
        this.pendingMemberId = memberId;
    }

    void decide(TransferStatus outcome, LocalDate on, String by, String note) {
        this.status = outcome;
        this.decidedOn = on;
        this.decidedBy = by;
        this.decisionNote = note;
        this.pendingMemberId = null;
    }

    boolean isPending() {
        return status == TransferStatus.PENDING;
    }

    Long getId() { return id; }
    long getMemberId() { return memberId; }
    long getFromUnionId() { return fromUnionId; }
    long getToUnionId() { return toUnionId; }
    TransferStatus getStatus() { return status; }
}
