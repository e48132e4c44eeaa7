package org.unionworks.service.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The 公示 of a programme's approved applicants. */
public record NoticePeriodRequest(@NotNull(message = "请填写公示开始日期") LocalDate noticeFrom,
                                  @NotNull(message = "请填写公示结束日期") LocalDate noticeTo,
                                  Long version) {
}
