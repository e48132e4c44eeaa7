package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ElectionRequest(@NotNull(message = "请填写计划选举日期") LocalDate plannedOn,
                              @Size(max = 50, message = "批复文号不能超过50个字符") String approvalNo,
                              LocalDate approvedOn) {
}
