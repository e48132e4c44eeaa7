package org.unionworks.service.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 审核 of an application: approved or not, on a day, with the reviewer's opinion. */
public record ApplicationReviewRequest(@NotNull(message = "请选择审核结果") Boolean approved,
                            @NotNull(message = "请填写审核日期") LocalDate reviewedOn,
                            @Size(max = 500, message = "审核意见不能超过500个字符") String note) {
}
