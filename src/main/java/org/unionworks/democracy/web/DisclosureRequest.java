package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 厂务公开 item: the employer by credit code, the day, the channel and the matter made public. */
public record DisclosureRequest(@NotBlank(message = "请填写单位的统一社会信用代码") String creditCode,
                                @NotNull(message = "请填写公开日期") LocalDate publishedOn,
                                @NotBlank(message = "请选择公开形式") String channel,
                                @NotBlank(message = "请填写公开事项") @Size(max = 200, message = "公开事项不能超过200个字符") String subject) {
}
