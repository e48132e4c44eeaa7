package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An act of aid as entered. {@code beneficiary} names the family member it is for (a child's 金秋助学 grant),
 * empty for the worker; {@code version} and {@code reason} on correction only.
 */
public record AidRequest(@NotBlank(message = "请选择帮扶类别") String kind,
                         @NotNull(message = "请填写帮扶日期") LocalDate aidOn,
                         @NotNull(message = "请填写金额") @DecimalMin(value = "0.01", message = "金额应大于0")
                         @DecimalMax(value = "1000000", message = "单笔金额不能超过100万元") BigDecimal amount,
                         @Size(max = 100, message = "资金来源不能超过100个字符") String fundSource,
                         @Size(max = 50, message = "经办人不能超过50个字符") String handledBy,
                         @Size(max = 200, message = "备注不能超过200个字符") String note,
                         @Size(max = 50, message = "受助人姓名不能超过50个字符") String beneficiary,
                         Long version,
                         @Size(max = 200, message = "更正原因不能超过200个字符") String reason) {
}
