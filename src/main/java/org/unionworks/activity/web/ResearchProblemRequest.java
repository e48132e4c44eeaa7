package org.unionworks.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 堵点问题 found in a research round: it goes into the rectification ledger. */
public record ResearchProblemRequest(
        @Size(max = 20, message = "问题类别不正确") String category,
        @NotBlank(message = "请填写问题描述") @Size(max = 1000, message = "问题描述不能超过1000个字符") String description,
        @NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字符") String ownerPerson,
        @Size(max = 100, message = "责任部门不能超过100个字符") String ownerDepartment,
        @Size(max = 1000, message = "整改措施不能超过1000个字符") String measures,
        @NotNull(message = "请填写整改期限") LocalDate deadline,
        LocalDate foundOn) {
}
