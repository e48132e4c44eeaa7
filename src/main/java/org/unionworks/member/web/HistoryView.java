package org.unionworks.member.web;

import java.time.LocalDate;

/** One entry of a member's history. */
public record HistoryView(long id, long unionId, String unionName, String fromStatus, String toStatus,
                          LocalDate changedOn, String reason, String changedBy) {
}
