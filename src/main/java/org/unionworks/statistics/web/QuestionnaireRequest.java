package org.unionworks.statistics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Ask a statistical year's grassroots questions of a subtree (the caller's union when {@code unionId} is empty) through a
 * census campaign open until {@code endsOn}.
 */
public record QuestionnaireRequest(@NotNull(message = "请选择统计年度") @Min(value = 2000, message = "统计年度应在2000到2100之间")
                                   @Max(value = 2100, message = "统计年度应在2000到2100之间") Integer year,
                                   Long unionId,
                                   @NotNull(message = "请填写问卷截止日期") LocalDate endsOn) {
}
