package org.unionworks.craft.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contest: organizer union (on creation), name, kind, level, industry (GB/T 4754 门类) and period. */
public record ContestRequest(Long unionId,
                             @NotBlank(message = "请填写竞赛名称") @Size(max = 200, message = "竞赛名称不能超过200个字符") String name,
                             @NotBlank(message = "请选择竞赛类别") String kind,
                             @NotBlank(message = "请选择竞赛级别") String level,
                             String industry,
                             @NotNull(message = "请填写开始日期") LocalDate startsOn,
                             @NotNull(message = "请填写结束日期") LocalDate endsOn,
                             Long version) {
}
