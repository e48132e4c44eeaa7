package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ReliefRequest(@NotNull(message = "请选择工会") Long unionId,
                            @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符") String name,
                            @NotBlank(message = "身份证号不能为空") String idNumber,
                            @NotBlank(message = "请填写救助原因") @Size(max = 200, message = "救助原因不能超过200个字符") String reason,
                            @NotNull(message = "请填写救助日期") LocalDate reliefOn,
                            @NotNull(message = "请填写金额") @DecimalMin(value = "0.01", message = "金额应大于0")
                            @DecimalMax(value = "1000000", message = "金额不能超过100万元") BigDecimal amount,
                            @Size(max = 100, message = "资金来源不能超过100个字符") String fundSource) {
}
