package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The split of one payer type's funds between the levels from a day on, in per cent (adding up to 100). */
public record ShareRequest(@NotBlank(message = "请选择费种") String payerType,
                           @NotNull(message = "请填写执行日期") LocalDate effectiveFrom,
                           @NotNull(message = "请填写基层工会比例") @DecimalMin(value = "0", message = "比例不能为负数")
                           @DecimalMax(value = "100", message = "比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal grassroots,
                           @NotNull(message = "请填写县区工会比例") @DecimalMin(value = "0", message = "比例不能为负数")
                           @DecimalMax(value = "100", message = "比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal district,
                           @NotNull(message = "请填写市总工会比例") @DecimalMin(value = "0", message = "比例不能为负数")
                           @DecimalMax(value = "100", message = "比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal city,
                           @NotNull(message = "请填写省总工会比例") @DecimalMin(value = "0", message = "比例不能为负数")
                           @DecimalMax(value = "100", message = "比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal province,
                           @NotNull(message = "请填写全国总工会比例") @DecimalMin(value = "0", message = "比例不能为负数")
                           @DecimalMax(value = "100", message = "比例不能超过100") @Digits(integer = 3, fraction = 2, message = "比例最多两位小数") BigDecimal national,
                           @Size(max = 200, message = "说明不能超过200个字符") String note) {
}
