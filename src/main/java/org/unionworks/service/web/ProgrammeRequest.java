package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A programme: the union that runs it (on creation), kind, name, period, fund source and budget, and whether it takes applications. */
public record ProgrammeRequest(Long unionId,
                               @NotBlank(message = "请选择项目类别") String kind,
                               @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不能超过200个字符") String name,
                               @NotNull(message = "请填写开始日期") LocalDate startsOn,
                               @NotNull(message = "请填写结束日期") LocalDate endsOn,
                               String fundSource,
                               @DecimalMin(value = "0", message = "预算不能为负数") BigDecimal budget,
                               Boolean applicationFlow,
                               @Size(max = 500, message = "备注不能超过500个字符") String note,
                               Long version) {
}
