package org.unionworks.rights.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record OutreachRequest(Long unionId,
                              @NotNull(message = "请填写日期") @PastOrPresent(message = "日期不能晚于今天") LocalDate heldOn,
                              @NotBlank(message = "请填写主题") @Size(max = 200, message = "主题不能超过200个字符") String topic,
                              @NotBlank(message = "请选择形式") String kind,
                              @Size(max = 100, message = "主办方不能超过100个字符") String organizer,
                              @Min(value = 0, message = "现场受众不能为负数") Integer audienceOnsite,
                              @Min(value = 0, message = "线上受众不能为负数") Integer audienceOnline,
                              Long version) {
}
