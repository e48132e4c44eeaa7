package org.unionworks.assist.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ExitRequest(@NotBlank(message = "请选择退出原因") String reason,
                          @NotNull(message = "请填写退出日期") LocalDate on,
                          @Size(max = 200, message = "说明不能超过200个字符") String note) {
}
