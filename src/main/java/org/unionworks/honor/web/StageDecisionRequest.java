package org.unionworks.honor.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Passing a stage: an optional opinion; at 市总评审, the 公示 window. */
public record StageDecisionRequest(@Size(max = 500, message = "意见不能超过500字") String note, LocalDate noticeFrom, LocalDate noticeTo) {
}
