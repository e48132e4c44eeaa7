package org.unionworks.org.web;

import java.time.LocalDate;

import org.unionworks.platform.validation.ValidCreditCode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a union. {@code parentId} is used on create only; {@code version} on edit only. */
public record OrgRequest(
        Long parentId,
        @NotBlank(message = "工会名称不能为空") @Size(max = 100, message = "工会名称不能超过100个字符") String name,
        @Size(max = 50, message = "简称不能超过50个字符") String shortName,
        @NotBlank(message = "请选择组织类型") String orgType,
        String grassrootsKind,
        @ValidCreditCode String creditCode,
        @Size(max = 50, message = "法人资格证号不能超过50个字符") String legalPersonCertNo,
        @Pattern(regexp = "\\d{6}|", message = "行政区划代码应为6位数字") String divisionCode,
        @Size(max = 200, message = "地址不能超过200个字符") String address,
        LocalDate foundedOn,
        @Size(max = 50, message = "工会主席姓名不能超过50个字符") String chairName,
        @Size(max = 50, message = "联系人姓名不能超过50个字符") String contactName,
        @Pattern(regexp = "([0-9][0-9\\-]{6,19})?", message = "联系电话应为手机号码或带区号的固定电话") String contactPhone,
        Long approvalUnionId,
        @Size(max = 50, message = "批准文号不能超过50个字符") String approvalNo,
        Long version,
        /** DAY (default), MONTH, YEAR, or ASSUMED (not known, counted on {@code foundedOn}). */
        String foundedOnPrecision) {
}
