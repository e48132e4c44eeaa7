package org.unionworks.org.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record OrgView(long id, Long parentId, String parentName, String path, int depth, String name,
                      String shortName, String orgType, String grassrootsKind, String creditCode,
                      String legalPersonCertNo, String divisionCode, String address, LocalDate foundedOn,
                      String chairName, String contactName, String contactPhone, Long approvalUnionId,
                      String approvalUnionName, String approvalNo, String status, LocalDate closedOn,
                      String closedReason, Long successorId, String successorName, long version,
                      OffsetDateTime createdAt, String foundedOnPrecision) {
}
