package org.unionworks.member;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.validation.IdNumbers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One membership of one person in one union; birth date and sex come from the ID number. */
@Entity
@Table(name = "member")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Member extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** A member changes union and district by a transfer or a move of its union (MemberLifecycle, DistrictRows). */
    @Column(updatable = false)
    private long unionId;
    @Column(updatable = false)
    private Long districtId;
    private Long employerId;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    @Masked(Masked.Kind.IGNORED)
    private String idReversed;
    private LocalDate birthDate;
    private String sex;
    private String ethnicity;
    private String politicalStatus;
    private String education;
    private String hukouType;
    private boolean migrantWorker;
    private String newFormKind;
    @Masked(Masked.Kind.PHONE)
    private String phone;
    private String cardNo;
    private LocalDate joinedOn;
    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;
    private LocalDate statusSince;
    private LocalDate leftOn;
    @Masked(Masked.Kind.IGNORED)
    private String activeIdNumber;

    protected Member() {
    }

    Member(long unionId, Long districtId, MemberFields f) {
        this.unionId = unionId;
        this.districtId = districtId;
        describe(f);
        this.statusSince = f.joinedOn();
        this.activeIdNumber = idNumber;
    }

    void describe(MemberFields f) {
        IdNumbers.Parsed parsed = IdNumbers.parse(f.idNumber(), LocalDate.now());
        this.name = f.name();
        this.idNumber = parsed.number();
        this.idReversed = new StringBuilder(parsed.number()).reverse().toString();
        this.birthDate = parsed.birthDate();
        this.sex = parsed.sex().name();
        this.ethnicity = f.ethnicity();
        this.politicalStatus = f.politicalStatus();
        this.education = f.education();
        this.hukouType = f.hukouType();
        this.migrantWorker = f.migrantWorker();
        this.newFormKind = f.newFormKind();
        this.phone = f.phone();
        this.cardNo = f.cardNo();
        this.joinedOn = f.joinedOn();
        this.employerId = f.employerId();
        if (status != null && status.current()) {
            this.activeIdNumber = idNumber;
        }
    }

    /** A new status from a date; an ended membership frees the ID number for a new one. */
    void changeStatus(MemberStatus to, LocalDate on) {
        this.status = to;
        this.statusSince = on;
        this.leftOn = to.current() ? null : on;
        this.activeIdNumber = to.current() ? idNumber : null;
    }

    MemberFields fields() {
        return new MemberFields(name, idNumber, ethnicity, politicalStatus, education, hukouType, migrantWorker,
                newFormKind, phone, cardNo, joinedOn, employerId);
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getDistrictId() { return districtId; }
    Long getEmployerId() { return employerId; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    LocalDate getBirthDate() { return birthDate; }
    String getSex() { return sex; }
    String getPhone() { return phone; }
    MemberStatus getStatus() { return status; }
    LocalDate getStatusSince() { return statusSince; }
    LocalDate getJoinedOn() { return joinedOn; }
}
