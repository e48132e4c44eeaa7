package org.unionworks.service.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** 暂停 (SUSPENDED), 恢复 (OPEN) or 关闭 (CLOSED) on a day. */
public record PlaceStatusRequest(@NotBlank(message = "请选择状态") String status, @NotNull(message = "请填写日期") LocalDate on, Long version) {
}
