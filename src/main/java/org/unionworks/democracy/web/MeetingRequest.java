package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A meeting of a 会员代表大会: day, title, representatives expected and present, decisions. */
public record MeetingRequest(@NotNull(message = "请填写召开日期") LocalDate heldOn,
                             @NotBlank(message = "请填写会议名称") @Size(max = 200, message = "会议名称不能超过200个字符") String title,
                             @NotNull(message = "请填写应到人数") @Min(value = 1, message = "应到人数至少为1") Integer expected,
                             @NotNull(message = "请填写实到人数") @Min(value = 0, message = "实到人数不能为负数") Integer present,
                             @Size(max = 2000, message = "决议不能超过2000个字符") String decisions) {
}
