package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** A dated action (close an employer, end a coverage). */
public record DateRequest(@NotNull(message = "请填写日期") @PastOrPresent(message = "日期不能晚于今天") LocalDate on) {
}
