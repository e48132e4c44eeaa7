package org.unionworks.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record ActivityRequest(Long unionId,
                              @NotBlank(message = "请选择活动类别") String kind,
                              @NotNull(message = "请填写日期") @PastOrPresent(message = "日期不能晚于今天") LocalDate heldOn,
                              @NotBlank(message = "请填写主题") @Size(max = 200, message = "主题不能超过200个字符") String topic,
                              @Size(max = 100, message = "组织单位不能超过100个字符") String organizer,
                              @Min(value = 0, message = "参加人数不能为负数") Integer participants,
                              @Size(max = 2000, message = "参加人员名单不能超过2000个字符") String participantList,
                              String materialFileId,
                              Long version) {
}
