package org.unionworks.statistics.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Start a statistical year's returns for every union of a subtree (the caller's union when {@code unionId} is empty). */
public record GenerateRequest(@NotNull(message = "请选择统计年度") @Min(value = 2000, message = "统计年度应在2000到2100之间")
                              @Max(value = 2100, message = "统计年度应在2000到2100之间") Integer year,
                              Long unionId) {
}
