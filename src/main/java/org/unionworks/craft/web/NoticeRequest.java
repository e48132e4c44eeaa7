package org.unionworks.craft.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** 结果公示 from and to (both inclusive); {@code version} of the contest. */
public record NoticeRequest(@NotNull(message = "请填写公示开始日期") LocalDate noticeFrom,
                            @NotNull(message = "请填写公示结束日期") LocalDate noticeTo,
                            Long version) {
}
