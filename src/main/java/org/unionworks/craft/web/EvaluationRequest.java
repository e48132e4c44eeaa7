package org.unionworks.craft.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An employer (by credit code) that ran internal evaluation of a kind in a year; how many were evaluated; 示范单位. */
public record EvaluationRequest(@NotBlank(message = "请填写单位的统一社会信用代码") String creditCode,
                                @NotNull(message = "请填写年度") @Min(value = 1990, message = "年度应在1990年以后")
                                @Max(value = 2100, message = "年度不合理") Integer year,
                                @NotBlank(message = "请选择评聘类别") String kind,
                                @Min(value = 0, message = "评聘人数不能为负数") Integer evaluated,
                                Boolean demonstration,
                                Long version) {
}
