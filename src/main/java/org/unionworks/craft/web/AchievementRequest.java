package org.unionworks.craft.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A studio's achievement, its economic benefit in yuan (元). */
public record AchievementRequest(@NotBlank(message = "请选择成果类别") String kind,
                                 @NotBlank(message = "请填写成果名称") @Size(max = 200, message = "成果名称不能超过200个字符") String title,
                                 @NotNull(message = "请填写取得日期") LocalDate achievedOn,
                                 @DecimalMin(value = "0", message = "经济效益不能为负数")
                                 @Digits(integer = 12, fraction = 2, message = "经济效益最多两位小数") BigDecimal benefit,
                                 @Size(max = 500, message = "备注不能超过500个字符") String note,
                                 Long version) {
}
