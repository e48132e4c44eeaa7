package org.unionworks.member;

/** An online application to join: 待审核 → 已通过 (a member is created) or 未通过. */
enum ApplicationStatus {
    PENDING, APPROVED, REJECTED
}
