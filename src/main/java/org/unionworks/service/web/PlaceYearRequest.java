package org.unionworks.service.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A year's use (服务人次) and review (PASS 合格, IMPROVE 整改, REVOKE 撤销; blank when not reviewed). */
public record PlaceYearRequest(@NotNull(message = "请填写年度") @Min(value = 1990, message = "年度应在1990年以后") @Max(value = 2100, message = "年度不合理") Integer year,
                               @NotNull(message = "请填写服务人次") @Min(value = 0, message = "服务人次不能为负数") Integer visits,
                               String review,
                               @Size(max = 500, message = "备注不能超过500个字符") String note) {
}
