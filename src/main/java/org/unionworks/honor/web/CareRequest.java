package org.unionworks.honor.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 关爱: a visit, a health check, a rest stay or hardship help given to a model worker; {@code version}
 * and {@code reason} on correction only.
 */
public record CareRequest(
        @NotBlank(message = "请选择关爱类别") String kind,
        @NotNull(message = "请填写日期") LocalDate on,
        @DecimalMin(value = "0", message = "金额不能为负数") BigDecimal amount,
        @Size(max = 50, message = "经办人不能超过50个字符") String handledBy,
        @Size(max = 500, message = "备注不能超过500个字符") String note,
        Long version,
        @Size(max = 200, message = "更正原因不能超过200个字符") String reason) {
}
