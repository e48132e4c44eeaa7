package org.unionworks.governance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A problem for the ledger; {@code fixedAtOnce} (立整立改) gives the result when it was fixed on the spot. */
public record ProblemRequest(Long unionId,
                             @NotBlank(message = "请选择问题来源") String source,
                             @NotBlank(message = "请选择问题类别") String category,
                             @NotBlank(message = "请填写问题描述") @Size(max = 1000, message = "问题描述不能超过1000个字符") String description,
                             @NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字符") String ownerPerson,
                             @Size(max = 100, message = "责任部门不能超过100个字符") String ownerDepartment,
                             @Size(max = 1000, message = "整改措施不能超过1000个字符") String measures,
                             @NotNull(message = "请填写整改期限") LocalDate deadline,
                             @NotNull(message = "请填写发现日期") LocalDate foundOn,
                             @Size(max = 1000, message = "整改结果不能超过1000个字符") String fixedAtOnce,
                             Long version) {
}
