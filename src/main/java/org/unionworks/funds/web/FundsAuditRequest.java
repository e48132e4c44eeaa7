package org.unionworks.funds.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An audit in the year's plan: of the union {@code unionId}'s funds, or of a project (kind PROJECT, named in {@code project}). */
public record FundsAuditRequest(Long unionId,
                                @NotNull(message = "请填写计划年度") @Min(value = 2000, message = "年度不合理") @Max(value = 2100, message = "年度不合理") Integer year,
                                @NotBlank(message = "请选择审查类型") String kind,
                                @Size(max = 200, message = "项目名称不能超过200个字符") String project,
                                @NotBlank(message = "请填写审查范围") @Size(max = 500, message = "审查范围不能超过500个字符") String scope,
                                @NotNull(message = "请填写审查期间起") LocalDate coversFrom,
                                @NotNull(message = "请填写审查期间止") LocalDate coversTo,
                                @Size(max = 200, message = "审查人员不能超过200个字符") String auditors,
                                @NotBlank(message = "请填写计划实施月份") String plannedMonth,
                                Long version) {
}
