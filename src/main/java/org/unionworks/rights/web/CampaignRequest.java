package org.unionworks.rights.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CampaignRequest(@NotNull(message = "请选择工会") Long unionId,
                              @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100个字符") String name,
                              @NotNull(message = "请填写开始日期") LocalDate startsOn,
                              @NotNull(message = "请填写结束日期") LocalDate endsOn) {
}
