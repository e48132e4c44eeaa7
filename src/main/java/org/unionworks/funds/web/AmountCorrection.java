package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of a return or an allocation: the change of the amount (negative to reduce), its day, approval and reason. */
public record AmountCorrection(@NotNull(message = "请填写更正金额") @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal amount,
                               @NotNull(message = "请填写更正日期") LocalDate on,
                               @NotBlank(message = "请填写审批文号") @Size(max = 50, message = "审批文号不能超过50个字符") String approvalNo,
                               @NotBlank(message = "请填写更正原因") @Size(max = 200, message = "更正原因不能超过200个字符") String note) {
}
