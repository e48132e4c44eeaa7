package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 小微企业返还 from a day on: at most so many employees, the share returned, whether nothing may be owed in the year. */
public record ReturnRuleRequest(@NotNull(message = "请填写执行日期") LocalDate effectiveFrom,
                                @NotNull(message = "请填写职工人数上限") @Min(value = 1, message = "职工人数上限至少为1")
                                @Max(value = 100000, message = "职工人数上限不合理") Integer maxEmployees,
                                @NotNull(message = "请填写返还比例") @DecimalMin(value = "0.01", message = "返还比例应大于0")
                                @DecimalMax(value = "100", message = "返还比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal returnPercent,
                                @NotNull(message = "请选择是否要求当年足额缴纳") Boolean requirePaidUp,
                                @Size(max = 200, message = "说明不能超过200个字符") String note) {
}
