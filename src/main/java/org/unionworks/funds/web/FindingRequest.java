package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding of an audit; it opens a rectification item (source 经审) with its owner and deadline. */
public record FindingRequest(@NotBlank(message = "请选择问题类别") String category,
                             @NotBlank(message = "请填写问题描述") @Size(max = 1000, message = "问题描述不能超过1000个字符") String description,
                             @DecimalMin(value = "0", message = "涉及金额不能为负数") @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal amount,
                             @NotBlank(message = "请填写整改责任人") @Size(max = 50, message = "责任人不能超过50个字符") String ownerPerson,
                             @Size(max = 100, message = "责任部门不能超过100个字符") String ownerDepartment,
                             @Size(max = 1000, message = "整改措施不能超过1000个字符") String measures,
                             @NotNull(message = "请填写整改期限") LocalDate deadline,
                             @NotNull(message = "请填写发现日期") LocalDate foundOn) {
}
