package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session held: day, title, representatives expected and present (front-line and women among them), resolutions, and a contract vote. */
public record SessionRequest(@NotNull(message = "请填写召开日期") LocalDate heldOn,
                             @NotBlank(message = "请填写会议名称") @Size(max = 200, message = "会议名称不能超过200个字符") String title,
                             @NotNull(message = "请填写应到人数") @Min(value = 1, message = "应到人数应大于0") Integer expected,
                             @NotNull(message = "请填写实到人数") @Min(value = 0, message = "实到人数不能为负数") Integer present,
                             @Min(value = 0, message = "人数不能为负数") Integer frontline,
                             @Min(value = 0, message = "人数不能为负数") Integer women,
                             @Size(max = 2000, message = "决议不能超过2000个字符") String resolutions,
                             Long contractId,
                             @Min(value = 0, message = "票数不能为负数") Integer votesFor,
                             @Min(value = 0, message = "票数不能为负数") Integer votesAgainst,
                             @Min(value = 0, message = "票数不能为负数") Integer abstentions,
                             Long version) {
}
