package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A standard per person: the union (on creation), kind of programme, category of recipient, cash and goods, in force from a day. */
public record ProgrammeStandardRequest(Long unionId,
                              @NotBlank(message = "请选择项目类别") String kind,
                              @NotBlank(message = "请选择慰问对象类别") String category,
                              @DecimalMin(value = "0", message = "现金标准不能为负数") BigDecimal cashPerPerson,
                              @DecimalMin(value = "0", message = "物资标准不能为负数") BigDecimal goodsPerPerson,
                              @Size(max = 200, message = "物资内容不能超过200个字符") String goods,
                              @NotNull(message = "请填写执行日期") LocalDate effectiveFrom,
                              @Size(max = 500, message = "备注不能超过500个字符") String note,
                              Long version) {
}
