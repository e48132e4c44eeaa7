package org.unionworks.craft.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 年度考核: the year reviewed, the result (PASS 合格, IMPROVE 整改, REVOKE 撤销) and the day. */
public record StudioReviewRequest(@NotNull(message = "请填写考核年度") Integer year,
                            @NotBlank(message = "请选择考核结果") String result,
                            @NotNull(message = "请填写考核日期") LocalDate reviewedOn,
                            @Size(max = 500, message = "考核意见不能超过500个字符") String note) {
}
