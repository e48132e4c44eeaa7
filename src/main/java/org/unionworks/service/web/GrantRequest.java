package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record GrantRequest(@NotNull(message = "请填写补助金额") @DecimalMin(value = "0.01", message = "补助金额应大于0") BigDecimal amount,
                           @NotNull(message = "请填写补助日期") LocalDate grantedOn,
                           String fundSource,
                           @Size(max = 200, message = "用途不能超过200个字符") String purpose,
                           Long version) {
}
