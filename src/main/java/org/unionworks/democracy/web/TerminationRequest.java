package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record TerminationRequest(@NotNull(message = "请填写终止日期") LocalDate on, Long version) {
}
