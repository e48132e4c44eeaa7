package org.unionworks.org;

import java.time.LocalDate;
import java.util.Objects;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.validation.ApproximateDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union body in the tree. Its path is {@code /root/…/own id/}. */
@Entity
@Table(name = "union_org")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_PATH, deduceAliasInjectionPoints = false)
class UnionOrg extends Versioned {

    @Id
    private Long id;
    private Long parentId;
    private String path;
    private int depth;
    private Long districtId;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private OrgType orgType;
    private String grassrootsKind;
    private String creditCode;
    private String legalPersonCertNo;
    private String divisionCode;
    private String address;
    private LocalDate foundedOn;
    @Enumerated(EnumType.STRING)
    private ApproximateDate.Precision foundedOnPrecision = ApproximateDate.Precision.DAY;
    private Long approvalUnionId;
    private String approvalNo;
    private String chairName;
    private String contactName;
    @Masked(Masked.Kind.PHONE)
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    private OrgStatus status = OrgStatus.ACTIVE;
    private LocalDate closedOn;
    private String closedReason;
    private Long successorId;
    private int sortOrder;

    protected UnionOrg() {
    }

    /** A new union under a parent; the id comes from the sequence first, because the path contains it. */
    static UnionOrg under(long id, UnionOrg parent, OrgFields fields) {
        UnionOrg org = new UnionOrg();
        org.id = id;
        org.parentId = parent.id;
        org.path = parent.path + id + "/";
        org.depth = parent.depth + 1;
        org.districtId = parent.depth == 0 ? id : parent.districtId;
        org.describe(fields);
        return org;
    }


    void describe(OrgFields f) {
        name = f.name();
        shortName = f.shortName();
        orgType = f.orgType();
        grassrootsKind = f.orgType() == OrgType.GRASSROOTS ? f.grassrootsKind() : null;
        creditCode = f.creditCode();
        legalPersonCertNo = f.legalPersonCertNo();
        divisionCode = f.divisionCode();
        address = f.address();
        foundedOn = f.foundedOn();
        foundedOnPrecision = f.foundedOnPrecision() == null ? ApproximateDate.Precision.DAY : f.foundedOnPrecision();
        approvalUnionId = f.approvalUnionId();
        approvalNo = f.approvalNo();
        chairName = f.chairName();
        contactName = f.contactName();
        contactPhone = f.contactPhone();
    }

    boolean sameAs(OrgFields f) {
        return Objects.equals(fields(), f);
    }

    OrgFields fields() {
        return new OrgFields(name, shortName, orgType, grassrootsKind, creditCode, legalPersonCertNo, divisionCode,
                address, foundedOn, chairName, contactName, contactPhone, approvalUnionId, approvalNo,
                foundedOnPrecision);
    }

    void close(OrgStatus how, LocalDate on, String reason, long successor) {
        status = how;
        closedOn = on;
        closedReason = reason;
        successorId = successor;
    }

    boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    boolean isRoot() {
        return parentId == null;
    }

    /** True if {@code other} is this union or lies below it. */
    boolean contains(UnionOrg other) {
        return other.path.startsWith(path);
    }

    Long getId() { return id; }
    Long getParentId() { return parentId; }
    String getPath() { return path; }
    int getDepth() { return depth; }
    Long getDistrictId() { return districtId; }
    String getName() { return name; }
    String getShortName() { return shortName; }
    OrgType getOrgType() { return orgType; }
    String getGrassrootsKind() { return grassrootsKind; }
    String getCreditCode() { return creditCode; }
    String getLegalPersonCertNo() { return legalPersonCertNo; }
    String getDivisionCode() { return divisionCode; }
    String getAddress() { return address; }
    LocalDate getFoundedOn() { return foundedOn; }
    ApproximateDate.Precision getFoundedOnPrecision() { return foundedOnPrecision; }
    String getChairName() { return chairName; }
    String getContactName() { return contactName; }
    String getContactPhone() { return contactPhone; }
    OrgStatus getStatus() { return status; }
    LocalDate getClosedOn() { return closedOn; }
    String getClosedReason() { return closedReason; }
    Long getSuccessorId() { return successorId; }
    Long getApprovalUnionId() { return approvalUnionId; }
    String getApprovalNo() { return approvalNo; }
}
