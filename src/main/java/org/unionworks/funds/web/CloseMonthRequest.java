package org.unionworks.funds.web;

import jakarta.validation.constraints.NotBlank;

/** The month to close (结账), as 2026-10. */
public record CloseMonthRequest(@NotBlank(message = "请填写结账月份") String month) {
}
