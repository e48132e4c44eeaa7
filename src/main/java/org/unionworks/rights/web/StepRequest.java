package org.unionworks.rights.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step of a case: {@code status} IN_PROGRESS (a note on the way), CLOSED or TERMINATED (the
 * outcome, with the amount recovered and the workers who got their money).
 */
public record StepRequest(@NotBlank(message = "请选择办理状态") String status,
                          @NotNull(message = "请填写日期") LocalDate on,
                          @NotBlank(message = "请填写办理情况") @Size(max = 500, message = "办理情况不能超过500个字符") String note,
                          @DecimalMin(value = "0", message = "追回金额不能为负数") BigDecimal amountRecovered,
                          @Min(value = 0, message = "获助职工人数不能为负数") Integer workersHelped) {
}
