package org.unionworks.democracy.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** An employer a contract covers, by its unified social credit code, with its workers covered when known. */
public record CoveredEmployerRequest(@NotBlank(message = "请填写单位的统一社会信用代码") String creditCode,
                                     @Min(value = 0, message = "覆盖职工人数不能为负数") Integer workers) {
}
