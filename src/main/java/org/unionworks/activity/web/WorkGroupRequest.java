package org.unionworks.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WorkGroupRequest(@NotNull(message = "请选择派出工会") Long unionId,
                               @NotBlank(message = "请填写工作组名称") @Size(max = 100, message = "名称不能超过100个字符") String name,
                               @NotBlank(message = "请填写工作组成员") @Size(max = 500, message = "成员不能超过500个字符") String members,
                               @NotNull(message = "请选择蹲点的基层工会") Long stationedUnionId,
                               @NotNull(message = "请填写开始日期") LocalDate startsOn,
                               LocalDate endsOn) {
}
