package org.unionworks.democracy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An election to keep by the rules: the term's planned election, 会员大会 or 会员代表大会, and the seats of each body. */
public record ElectionProcessRequest(Long electionId,
                                     @NotBlank(message = "请选择选举方式") String mode,
                                     @NotNull(message = "请填写工会委员会委员名额") @Min(value = 1, message = "委员名额至少1名")
                                     @Max(value = 99, message = "委员名额不能超过99名") Integer committeeSeats,
                                     @Min(value = 0, message = "名额不能为负数") @Max(value = 99, message = "名额不能超过99名") Integer auditSeats,
                                     @Min(value = 0, message = "名额不能为负数") @Max(value = 99, message = "名额不能超过99名") Integer womensSeats,
                                     Long version) {
}
