package org.unionworks.member.web;

import java.time.OffsetDateTime;

/**
 * An application as the reviewing union sees it; {@code duplicate} says, for a pending one, whether the
 * person is already a member or has applied more than once (the public page never tells the applicant).
 */
public record JoinApplicationView(long id, long unionId, String unionName, String name, String idNumber, String phone,
                                  String employerName, boolean noUnionAtEmployer, String status, String decisionNote,
                                  OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, Long memberId,
                                  String duplicate, boolean phoneVerified) {
}
