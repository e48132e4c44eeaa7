package org.unionworks.member.web;

import java.time.LocalDate;

/** Approving an application: the union the member joins (default: the one applied to) and the date. */
public record ApproveRequest(Long unionId, LocalDate joinedOn) {
}
