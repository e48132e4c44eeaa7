package org.unionworks.rights.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record CaseRequest(Long unionId,
                          @NotBlank(message = "请选择案件类别") String kind,
                          @NotBlank(message = "请填写涉及单位") @Size(max = 200, message = "涉及单位不能超过200个字符") String employerName,
                          @NotNull(message = "请填写涉及职工人数") @Min(value = 1, message = "涉及职工人数至少为1")
                          @Max(value = 100000, message = "涉及职工人数过大") Integer workersCount,
                          @DecimalMin(value = "0", message = "诉求金额不能为负数") BigDecimal amountClaimed,
                          @Size(max = 100, message = "协同部门不能超过100个字符") String partnerAgency,
                          Long campaignId,
                          @NotNull(message = "请填写受理日期") @PastOrPresent(message = "受理日期不能晚于今天") LocalDate acceptedOn,
                          @Size(max = 1000, message = "案情摘要不能超过1000个字符") String summary,
                          List<@Valid Worker> workers,
                          Long version) {

    public record Worker(@NotBlank(message = "职工姓名不能为空") @Size(max = 50, message = "职工姓名不能超过50个字符") String name,
                         String idNumber) {
    }
}
