package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An employer's special protection of women workers in a year (the employer by its credit code). */
public record ProtectionRequest(String creditCode,
                                @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不合理") @Max(value = 2100, message = "年度不合理") Integer year,
                                @NotNull(message = "请选择四期保护是否落实") Boolean fourPeriods,
                                LocalDate checkedOn,
                                @Min(value = 0, message = "人数不能为负数") Integer womenWorkers,
                                @Min(value = 0, message = "人数不能为负数") Integer screened,
                                @Size(max = 500, message = "备注不能超过500个字符") String note,
                                Long version) {
}
