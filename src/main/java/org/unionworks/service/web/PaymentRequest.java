package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** 发放: the day, and the amount when it differs from the one applied for. */
public record PaymentRequest(@NotNull(message = "请填写发放日期") LocalDate givenOn,
                             @DecimalMin(value = "0", message = "发放金额不能为负数") BigDecimal cash) {
}
