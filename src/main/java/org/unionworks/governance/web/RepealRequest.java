package org.unionworks.governance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 废止: a regulation repealed on a day, with a note. */
public record RepealRequest(
        @NotNull(message = "请填写废止日期") LocalDate on,
        @Size(max = 500, message = "废止说明不能超过500个字符") String note) {
}
