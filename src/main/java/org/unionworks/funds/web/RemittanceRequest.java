package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One employer's funds of one month (the employer by its credit code, the month as 2026-10). {@code due} left empty is
 * 2 % of the payroll; {@code payerType} FUNDS (工会经费) or PREPARATORY (筹备金), {@code channel} TAX (税务代收) or DIRECT.
 */
public record RemittanceRequest(String creditCode,
                                @NotBlank(message = "请填写所属期（年月）") String month,
                                @NotNull(message = "请填写工资总额") @DecimalMin(value = "0", message = "工资总额不能为负数")
                                @Digits(integer = 14, fraction = 2, message = "金额最多两位小数") BigDecimal payroll,
                                @DecimalMin(value = "0", message = "应缴金额不能为负数")
                                @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal due,
                                @NotNull(message = "请填写实缴金额") @DecimalMin(value = "0", message = "实缴金额不能为负数")
                                @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal paid,
                                @NotBlank(message = "请选择费种") String payerType,
                                @NotBlank(message = "请选择缴费方式") String channel,
                                LocalDate paidOn,
                                @Size(max = 200, message = "备注不能超过200个字符") String note,
                                Long version) {
}
