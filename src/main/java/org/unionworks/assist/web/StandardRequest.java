package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record StandardRequest(@NotNull(message = "请选择地区") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String divisionCode,
                              @NotNull(message = "请填写低保标准") @DecimalMin(value = "1", message = "低保标准应大于0") BigDecimal monthlyAmount,
                              @NotNull(message = "请填写执行日期") LocalDate effectiveFrom) {
}
