package org.unionworks.statistics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A failing check opened as a rectification item: who corrects it, by when, how. */
public record RectifyRequest(@NotBlank(message = "请填写整改责任人") @Size(max = 50, message = "整改责任人不能超过50个字符") String ownerPerson,
                             @Size(max = 100, message = "责任部门不能超过100个字符") String ownerDepartment,
                             @Size(max = 1000, message = "整改措施不能超过1000个字符") String measures,
                             @NotNull(message = "请填写整改期限") LocalDate deadline) {
}
