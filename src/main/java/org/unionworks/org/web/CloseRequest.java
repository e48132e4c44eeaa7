package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Dissolve (successor = upper union) or merge into {@code intoId}. */
public record CloseRequest(
        Long intoId,
        @NotNull(message = "请填写撤销或合并日期") @PastOrPresent(message = "撤销或合并日期不能晚于今天") LocalDate on,
        @NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不能超过200个字符") String reason) {
}
