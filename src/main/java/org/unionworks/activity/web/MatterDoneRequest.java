package org.unionworks.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 实事: what a work group got done, and when. */
public record MatterDoneRequest(
        @NotBlank(message = "请填写实事内容") @Size(max = 500, message = "实事内容不能超过500个字符") String description,
        @NotNull(message = "请填写办结日期") LocalDate doneOn) {
}
