package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 延期换届 asked of the upper union: the new deadline and the reason. */
public record PostponementRequest(@NotNull(message = "请填写延期后的换届期限") LocalDate askedTo,
                                  @NotBlank(message = "请填写延期理由") @Size(max = 200, message = "延期理由不能超过200个字符") String reason,
                                  Long version) {
}
