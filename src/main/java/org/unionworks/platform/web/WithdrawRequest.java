package org.unionworks.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 撤回: a record entered by mistake taken back, for a reason that goes to the audit log. */
public record WithdrawRequest(
        @NotBlank(message = "请填写撤回原因") @Size(max = 200, message = "撤回原因不能超过200个字符") String reason) {
}
