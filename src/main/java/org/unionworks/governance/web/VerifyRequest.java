package org.unionworks.governance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 销号: who verified the fix, and when. */
public record VerifyRequest(
        @NotBlank(message = "请填写销号人") @Size(max = 50, message = "销号人不能超过50个字符") String verifier,
        @NotNull(message = "请填写销号日期") LocalDate on) {
}
