package org.unionworks.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TransferRequest(@NotNull(message = "请选择转入工会") Long toUnionId,
                              @NotBlank(message = "请填写转接原因") @Size(max = 200, message = "原因不能超过200个字符") String reason) {
}
