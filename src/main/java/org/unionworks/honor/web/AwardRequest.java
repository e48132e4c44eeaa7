package org.unionworks.honor.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An honor received: the title, the year and the certificate; {@code version} and {@code reason} on correction only. */
public record AwardRequest(
        @NotNull(message = "请选择荣誉称号") Long titleId,
        @NotNull(message = "请填写获得年份") Integer year,
        @Size(max = 50, message = "证书编号不能超过50个字符") String certificateNo,
        Long version,
        @Size(max = 200, message = "更正原因不能超过200个字符") String reason) {
}
