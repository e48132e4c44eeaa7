package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit's enrolment for a year; {@code amountPaid} blank means insured workers × premium. */
public record EnrolmentRequest(Long unionId,
                               @NotNull(message = "请填写参保年度") @Min(value = 1990, message = "参保年度应在1990年以后")
                               @Max(value = 2100, message = "参保年度不合理") Integer year,
                               @NotBlank(message = "请填写参保单位") @Size(max = 200, message = "参保单位不能超过200个字符") String unitName,
                               String creditCode,
                               @NotNull(message = "请填写参保职工人数") @Min(value = 1, message = "参保职工人数应大于0") Integer insuredWorkers,
                               @NotNull(message = "请填写每人互助金") @DecimalMin(value = "0.01", message = "每人互助金应大于0") BigDecimal premiumPerPerson,
                               @DecimalMin(value = "0", message = "缴纳金额不能为负数") BigDecimal amountPaid,
                               LocalDate paidOn,
                               @Size(max = 50, message = "参保凭证号不能超过50个字符") String policyNo,
                               Long version) {
}
