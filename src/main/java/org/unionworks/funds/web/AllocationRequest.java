package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An allocation by {@code unionId}: {@code purpose} LOWER_UNION (to {@code toUnionId}), PROGRAMME (a {@code programmeKind}
 * of the 普惠 programmes), HARDSHIP, SERVICE_PLACE or PROJECT (named in {@code project}).
 */
public record AllocationRequest(Long unionId,
                                Long toUnionId,
                                @NotBlank(message = "请选择用途") String purpose,
                                String programmeKind,
                                @Size(max = 200, message = "项目名称不能超过200个字符") String project,
                                @NotNull(message = "请填写金额") @DecimalMin(value = "0.01", message = "金额应大于0")
                                @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal amount,
                                @NotNull(message = "请填写拨付日期") LocalDate allocatedOn,
                                @NotBlank(message = "请填写审批文号") @Size(max = 50, message = "审批文号不能超过50个字符") String approvalNo,
                                @NotBlank(message = "请填写审批人") @Size(max = 50, message = "审批人不能超过50个字符") String approvedBy,
                                @Size(max = 200, message = "备注不能超过200个字符") String note,
                                Long version) {
}
