package org.unionworks.funds.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An audit started ({@code on}) or reported ({@code on}, the conclusion and the report file's id from the file upload). */
public record AuditStepRequest(@NotNull(message = "请填写日期") LocalDate on,
                               @Size(max = 1000, message = "审查结论不能超过1000个字符") String conclusion,
                               @Size(max = 64, message = "报告文件无效") String reportFile,
                               Long version) {
}
