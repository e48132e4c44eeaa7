package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ReviewRequest(@NotNull(message = "请填写复核日期") LocalDate reviewedOn,
                            @NotNull(message = "请填写复核时的家庭月收入") @DecimalMin(value = "0", message = "家庭月收入不能为负数") BigDecimal monthlyIncome,
                            @NotBlank(message = "请填写家庭现状") @Size(max = 500, message = "家庭现状不能超过500个字符") String situation) {
}
