package org.unionworks.craft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How an objection was looked into and answered. */
public record ResolveRequest(@NotBlank(message = "请填写处理意见") @Size(max = 1000, message = "处理意见不能超过1000个字符") String resolution) {
}
