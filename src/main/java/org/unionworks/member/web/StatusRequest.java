package org.unionworks.member.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of membership: RESERVE, RESUME, RETIRE, WITHDRAW or EXPEL, from a date, with the reason. */
public record StatusRequest(@NotBlank(message = "请选择办理事项") String action,
                            @NotNull(message = "请填写办理日期") LocalDate on,
                            @NotBlank(message = "请填写原因") @Size(max = 150, message = "原因不能超过150个字符") String reason) {
}
