package org.unionworks.assist.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 退回: a file sent back to its union for correction, with the reason. */
public record ReturnRequest(@NotBlank(message = "请填写退回原因") @Size(max = 200, message = "退回原因不能超过200个字符") String note) {
}
