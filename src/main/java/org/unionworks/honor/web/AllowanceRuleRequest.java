package org.unionworks.honor.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A monthly allowance standard for one honor level, in force from a date. */
public record AllowanceRuleRequest(
        @NotBlank(message = "请选择级别") @Pattern(regexp = "NATIONAL|PROVINCIAL|CITY|DISTRICT", message = "级别只能是全国、省、市或区县") String level,
        @NotNull(message = "请填写每月金额") @DecimalMin(value = "0", message = "金额不能为负数")
        @DecimalMax(value = "99999999", message = "金额过大") BigDecimal monthlyAmount,
        @NotNull(message = "请填写执行日期") LocalDate effectiveFrom) {
}
