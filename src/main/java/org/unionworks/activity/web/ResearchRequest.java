package org.unionworks.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ResearchRequest(@NotNull(message = "请选择工会") Long unionId,
                              @NotBlank(message = "请填写调研主题") @Size(max = 200, message = "调研主题不能超过200个字符") String title,
                              @NotNull(message = "请填写开始日期") LocalDate startsOn,
                              @NotNull(message = "请填写结束日期") LocalDate endsOn,
                              @Size(max = 2000, message = "走访单位不能超过2000个字符") String visited,
                              @Min(value = 0, message = "走访单位数不能为负数") Integer visitedCount) {
}
