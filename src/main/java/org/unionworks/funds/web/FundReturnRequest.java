package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A small enterprise's funds of {@code year} returned (the employer by its credit code); {@code amount} empty is what the rule gives. */
public record FundReturnRequest(@NotBlank(message = "请填写单位的统一社会信用代码") String creditCode,
                                @NotNull(message = "请填写返还年度") @Min(value = 2000, message = "年度不合理") @Max(value = 2100, message = "年度不合理") Integer year,
                                @NotNull(message = "请填写返还日期") LocalDate returnedOn,
                                @NotBlank(message = "请填写审批文号") @Size(max = 50, message = "审批文号不能超过50个字符") String approvalNo,
                                @DecimalMin(value = "0.01", message = "返还金额应大于0")
                                @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal amount,
                                @Size(max = 200, message = "备注不能超过200个字符") String note) {
}
