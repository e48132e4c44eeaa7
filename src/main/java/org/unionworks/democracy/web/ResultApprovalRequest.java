package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The upper union approves the election's result (选举结果批复): the new committee's term begins on the day of the vote. */
public record ResultApprovalRequest(@NotBlank(message = "请填写批复文号") @Size(max = 50, message = "批复文号不能超过50个字符") String reportNo,
                                    @NotNull(message = "请填写批复日期") LocalDate approvedOn,
                                    @NotNull(message = "请选择新一届届期年限") Integer newTermYears,
                                    Long version) {
}
