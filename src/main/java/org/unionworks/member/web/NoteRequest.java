package org.unionworks.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision that must say why (rejecting a transfer or an application). */
public record NoteRequest(@NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不能超过200个字符") String note) {
}
