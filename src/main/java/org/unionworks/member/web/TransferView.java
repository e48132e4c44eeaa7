package org.unionworks.member.web;

import java.time.LocalDate;

public record TransferView(long id, long memberId, String memberName, String idNumber, long fromUnionId,
                           String fromUnionName, long toUnionId, String toUnionName, String status, String reason,
                           LocalDate requestedOn, String requestedBy, LocalDate decidedOn, String decidedBy,
                           String decisionNote) {
}
