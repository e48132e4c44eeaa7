package org.unionworks.honor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 异议 from the public page during 公示. */
public record ObjectionRequest(
        @NotBlank(message = "请填写异议内容") @Size(max = 1000, message = "异议内容不能超过1000字") String content,
        @Size(max = 100, message = "联系方式不能超过100个字符") String contact) {
}
