package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A hardship file as entered. {@code unionId} on create only, {@code version} on edit only. */
public record FileRequest(Long unionId,
                          @NotBlank(message = "职工姓名不能为空") @Size(max = 50, message = "职工姓名不能超过50个字符") String workerName,
                          @NotBlank(message = "身份证号不能为空") String idNumber,
                          String divisionCode, String category, String mainCause, String secondaryCauses, String identity,
                          Boolean modelWorker,
                          @Size(max = 100, message = "住房情况不能超过100个字符") String housing,
                          @Size(max = 40, message = "银行账号不能超过40个字符") String bankAccount,
                          Integer householdSize,
                          @DecimalMin(value = "0", message = "家庭月收入不能为负数") BigDecimal monthlyIncome,
                          Integer monthsBelowStandard,
                          @Size(max = 500, message = "情况说明不能超过500个字符") String justification,
                          List<@Valid HouseholdRequest> household,
                          Long version) {

    public record HouseholdRequest(@Size(max = 50, message = "家庭成员姓名不能超过50个字符") String name,
                                   @Size(max = 20, message = "关系不能超过20个字符") String relation,
                                   String idNumber,
                                   @Size(max = 50, message = "健康状况不能超过50个字符") String health,
                                   @Size(max = 50, message = "就业状况不能超过50个字符") String employment,
                                   @DecimalMin(value = "0", message = "家庭成员收入不能为负数") BigDecimal monthlyIncome) {
    }
}
