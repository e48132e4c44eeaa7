package org.unionworks.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionworks.platform.validation.ValidCreditCode;

/** Create or edit an employer. {@code unionId} is the responsible union (on create). */
public record EmployerRequest(
        Long unionId,
        @NotBlank(message = "单位名称不能为空") @Size(max = 200, message = "单位名称不能超过200个字符") String name,
        @NotBlank(message = "统一社会信用代码不能为空") @ValidCreditCode String creditCode,
        String ownershipType,
        String industry,
        @Pattern(regexp = "\\d{6}|", message = "行政区划代码应为6位数字") String divisionCode,
        @Size(max = 200, message = "地址不能超过200个字符") String address,
        @NotNull(message = "职工人数不能为空") @Min(value = 0, message = "职工人数不能为负数") @Max(value = 10_000_000, message = "职工人数过大") Integer employeeCount,
        @Min(value = 0, message = "女职工人数不能为负数") Integer femaleCount,
        @Min(value = 0, message = "农民工人数不能为负数") Integer migrantCount,
        @Min(value = 0, message = "新就业形态劳动者人数不能为负数") Integer newFormCount,
        Boolean shouldHaveUnion,
        @jakarta.validation.constraints.PastOrPresent(message = "登记日期不能晚于今天") java.time.LocalDate registeredOn,
        Long version,
        /** DAY (default), MONTH, YEAR, or ASSUMED (not known, counted on {@code registeredOn}). */
        String registeredOnPrecision) {
}
