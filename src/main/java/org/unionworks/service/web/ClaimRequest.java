package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A claim of a sick worker; {@code amountPaid} and {@code paidOn} once paid; a correction without an ID number keeps the one on record. */
public record ClaimRequest(Long unionId,
                           @NotNull(message = "请填写保障年度") @Min(value = 1990, message = "保障年度应在1990年以后")
                           @Max(value = 2100, message = "保障年度不合理") Integer year,
                           @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String name,
                           String idNumber,
                           @Size(max = 200, message = "工作单位不能超过200个字符") String unitName,
                           @NotBlank(message = "请选择给付类别") String illnessCategory,
                           LocalDate admittedOn,
                           LocalDate dischargedOn,
                           @NotNull(message = "请填写申请日期") LocalDate claimedOn,
                           @NotNull(message = "请填写申请金额") @DecimalMin(value = "0.01", message = "申请金额应大于0") BigDecimal amountClaimed,
                           @DecimalMin(value = "0", message = "给付金额不能为负数") BigDecimal amountPaid,
                           LocalDate paidOn,
                           Long version) {
}
