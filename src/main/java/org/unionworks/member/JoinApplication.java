package org.unionworks.member;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 网上入会: a worker's application, decided by the union it was sent to. */
@Entity
@Table(name = "join_application")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class JoinApplication extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    @Masked(Masked.Kind.PHONE)
    private String phone;
    private String employerName;
    private boolean noUnionAtEmployer;
    private boolean phoneVerified;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.PENDING;
    private String decisionNote;
    private OffsetDateTime submittedAt;
    /** When the applicant agreed to the 个人信息收集告知 (it is required to apply). */
    private OffsetDateTime consentedAt;
    private OffsetDateTime decidedAt;
    private String decidedBy;
    private Long memberId;
    @Masked(Masked.Kind.IGNORED)
    private String pendingIdNumber;

    protected JoinApplication() {
    }

    JoinApplication(long unionId, String name, String idNumber, String phone, String employerName, boolean noUnion,
                    boolean phoneVerified) {
        this.phoneVerified = phoneVerified;
        this.unionId = unionId;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.employerName = employerName;
        this.noUnionAtEmployer = noUnion;
        this.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.consentedAt = submittedAt;
        this.pendingIdNumber = idNumber;
    }

    void decide(ApplicationStatus outcome, String by, String note, Long memberId) {
        this.status = outcome;
        this.decidedBy = by;
        this.decisionNote = note;
        this.memberId = memberId;
        this.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.pendingIdNumber = null;
    }

    boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getPhone() { return phone; }
    String getEmployerName() { return employerName; }
    boolean isNoUnionAtEmployer() { return noUnionAtEmployer; }
    /** False when no code could be sent (no SMS gateway): the union confirms the applicant by telephone. */
    boolean isPhoneVerified() { return phoneVerified; }
    ApplicationStatus getStatus() { return status; }
    String getDecisionNote() { return decisionNote; }
    OffsetDateTime getSubmittedAt() { return submittedAt; }
    OffsetDateTime getDecidedAt() { return decidedAt; }
    String getDecidedBy() { return decidedBy; }
    Long getMemberId() { return memberId; }
}
