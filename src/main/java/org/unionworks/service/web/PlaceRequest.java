package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service place: the union (on creation) and kind (on creation), name, host unit (linked by credit code), address,
 * 行政区划, a point (WGS-84 or the coordinate system of the federation's map), the day it opened, and what its kind has.
 */
public record PlaceRequest(Long unionId, String kind,
                           @NotBlank(message = "请填写阵地名称") @Size(max = 200, message = "阵地名称不能超过200个字符") String name,
                           @NotBlank(message = "请填写依托单位") @Size(max = 200, message = "依托单位不能超过200个字符") String hostName,
                           String creditCode,
                           @NotBlank(message = "请填写地址") @Size(max = 200, message = "地址不能超过200个字符") String address,
                           String divisionCode,
                           @DecimalMin(value = "73", message = "经度应在73到136之间（中国境内）") @DecimalMax(value = "136", message = "经度应在73到136之间（中国境内）") BigDecimal longitude,
                           @DecimalMin(value = "3", message = "纬度应在3到54之间（中国境内）") @DecimalMax(value = "54", message = "纬度应在3到54之间（中国境内）") BigDecimal latitude,
                           @NotNull(message = "请填写启用日期") LocalDate openedOn,
                           String level,
                           @Min(value = 1990, message = "命名年度应在1990年以后") Integer namedYear,
                           @Min(value = 0, message = "藏书不能为负数") Integer books,
                           @DecimalMin(value = "0.01", message = "面积应大于0") BigDecimal area,
                           @Size(max = 100, message = "开放时间不能超过100个字符") String openingHours,
                           List<String> services,
                           @Size(max = 20, message = "联系电话不能超过20个字符") String phone,
                           @Size(max = 500, message = "备注不能超过500个字符") String note,
                           Long version) {
}
