package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The upper union's approval (批复) of a postponed election. */
public record PostponementApproval(@NotBlank(message = "请填写批复文号") @Size(max = 50, message = "批复文号不能超过50个字符") String approvalNo,
                                   @NotNull(message = "请填写批复日期") LocalDate approvedOn,
                                   Long version) {
}
