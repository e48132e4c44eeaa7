package org.unionworks.craft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objection to results in 公示, from anyone; the contact is optional. */
public record ResultObjectionRequest(@NotBlank(message = "请填写异议内容") @Size(max = 1000, message = "异议内容不能超过1000个字符") String content,
                                     @Size(max = 50, message = "联系方式不能超过50个字符") String contact) {
}
