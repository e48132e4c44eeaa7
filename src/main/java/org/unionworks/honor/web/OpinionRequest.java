package org.unionworks.honor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An opinion that must be given: returning or rejecting a nomination, answering an objection. */
public record OpinionRequest(@NotBlank(message = "请填写意见") @Size(max = 500, message = "意见不能超过500字") String note) {
}
