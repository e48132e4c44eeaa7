package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new census campaign over the grassroots unions under {@code unionId}. */
public record CensusRequest(@NotNull(message = "请选择摸底排查的范围") Long unionId,
                            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100个字符") String name,
                            @NotNull(message = "请填写开始日期") LocalDate startsOn,
                            @NotNull(message = "请填写截止日期") LocalDate endsOn) {
}
