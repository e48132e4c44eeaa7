package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record CoverRequest(@NotNull(message = "请选择单位") Long employerId,
                           @NotNull(message = "请填写涵盖起始日期") LocalDate fromDate) {
}
