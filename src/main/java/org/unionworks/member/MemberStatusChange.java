package org.unionworks.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One dated entry of a member's history: a status change, a transfer, a retirement. Never changed.
 * Not scoped by its own union: the history travels with the member and is read only through it.
 */
@Entity
@Immutable
@Table(name = "member_status_change")
class MemberStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long memberId;
    private long unionId;
    /** The member's district, kept as the member moves: the history lies with the member (V59). */
    private long districtId;
    @Enumerated(EnumType.STRING)
    private MemberStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private MemberStatus toStatus;
    private LocalDate changedOn;
    private String reason;
    private String changedBy;
    private OffsetDateTime createdAt;

    protected MemberStatusChange() {
    }

    MemberStatusChange(long memberId, long unionId, long districtId, MemberStatus from, MemberStatus to, LocalDate on,
                       String reason, String by) {
        this.memberId = memberId;
        this.unionId = unionId;
        this.districtId = districtId;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedOn = on;
        this.reason = reason;
        this.changedBy = by;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    MemberStatus getFromStatus() { return fromStatus; }
    MemberStatus getToStatus() { return toStatus; }
    LocalDate getChangedOn() { return changedOn; }
    String getReason() { return reason; }
    String getChangedBy() { return changedBy; }
}
