package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary: a person ({@code recipient} PERSON: name, ID number when known, category, work unit) or a unit
 * visited (UNIT: name, the employer's credit code or a union's id, workers reached); cash and goods (blank: the
 * standard in force for the category); the day given on (or applied on, in a programme that takes applications).
 */
public record BeneficiaryRequest(@NotBlank(message = "请选择受益对象类型") String recipient,
                                 @NotBlank(message = "请填写姓名或单位名称") @Size(max = 200, message = "名称不能超过200个字符") String name,
                                 String idNumber,
                                 String category,
                                 @Size(max = 200, message = "工作单位不能超过200个字符") String employerName,
                                 @Size(max = 200, message = "说明不能超过200个字符") String detail,
                                 String creditCode,
                                 Long unitUnionId,
                                 @Min(value = 0, message = "覆盖职工人数不能为负数") Integer workersReached,
                                 @DecimalMin(value = "0", message = "现金不能为负数") BigDecimal cash,
                                 @DecimalMin(value = "0", message = "物资折款不能为负数") BigDecimal goods,
                                 @Size(max = 200, message = "物资内容不能超过200个字符") String goodsDescription,
                                 LocalDate day,
                                 Long version) {
}
