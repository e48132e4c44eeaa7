package org.unionworks.org;

import org.unionworks.platform.validation.ApproximateDate;

import java.time.LocalDate;

/** The editable description of a union, already normalized and checked. */
record OrgFields(String name, String shortName, OrgType orgType, String grassrootsKind, String creditCode,
                 String legalPersonCertNo, String divisionCode, String address, LocalDate foundedOn,
                 String chairName, String contactName, String contactPhone, Long approvalUnionId,
                 String approvalNo, ApproximateDate.Precision foundedOnPrecision) {
}
