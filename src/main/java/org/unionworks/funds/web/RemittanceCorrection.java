package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of a remittance, booked in an open month: the changes (negative to reduce) and why. */
public record RemittanceCorrection(@NotBlank(message = "请填写更正记入的月份") String month,
                                   @NotNull(message = "请填写工资总额的更正数（无变化填0）")
                                   @Digits(integer = 14, fraction = 2, message = "金额最多两位小数") BigDecimal payroll,
                                   @NotNull(message = "请填写应缴金额的更正数（无变化填0）")
                                   @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal due,
                                   @NotNull(message = "请填写实缴金额的更正数（无变化填0）")
                                   @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal paid,
                                   LocalDate paidOn,
                                   @NotBlank(message = "请填写更正原因") @Size(max = 200, message = "更正原因不能超过200个字符") String note) {
}
