package org.unionworks.member.web;

import java.time.OffsetDateTime;

public record JoinApplicationView(long id, long unionId, String unionName, String name, String idNumber, String phone,
                                  String employerName, boolean noUnionAtEmployer, String status, String decisionNote,
                                  OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, Long memberId) {
}
