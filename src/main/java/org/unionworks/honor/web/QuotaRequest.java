package org.unionworks.honor.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** 名额: of one title, overall (no union) or for one subordinate union's subtree. */
public record QuotaRequest(
        @NotNull(message = "请选择荣誉称号") Long titleId,
        Long unionId,
        @NotNull(message = "请填写名额") @Min(value = 0, message = "名额不能为负数") @Max(value = 100000, message = "名额过大") Integer quota) {
}
