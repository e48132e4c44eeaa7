package org.unionworks.honor.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A selection campaign (评选表彰): name, award year, nomination window and the quotas per title. */
public record SelectionCampaignRequest(
        @NotBlank(message = "请填写评选名称") @Size(max = 100, message = "名称不能超过100个字符") String name,
        @NotNull(message = "请填写评选年度") @Min(value = 1950, message = "年度应在1950年之后") @Max(value = 2100, message = "年度不正确") Integer year,
        @NotNull(message = "请填写推荐开始日期") LocalDate nominateFrom,
        @NotNull(message = "请填写推荐截止日期") LocalDate nominateTo,
        @NotEmpty(message = "请设置评选的荣誉称号和名额") @Size(max = 200, message = "名额设置不能超过200项") List<@Valid QuotaRequest> quotas) {
}
