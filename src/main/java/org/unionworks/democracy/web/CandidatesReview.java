package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The upper union's review of the candidate list: approved with its 批复, or returned with a comment. */
public record CandidatesReview(@NotNull(message = "请选择同意或退回") Boolean approved,
                               @Size(max = 50, message = "批复文号不能超过50个字符") String approvalNo,
                               LocalDate approvedOn,
                               @Size(max = 200, message = "退回意见不能超过200个字符") String comment,
                               Long version) {
}
