package org.unionworks.honor.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 撤销: an honor withdrawn on a date, for a reason. */
public record RevokeRequest(
        @NotNull(message = "请填写撤销日期") LocalDate on,
        @NotBlank(message = "请填写撤销原因") @Size(max = 200, message = "撤销原因不能超过200个字符") String reason) {
}
