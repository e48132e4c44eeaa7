package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A term as entered; {@code endsOn} empty means start + length − 1 day. */
public record TermRequest(@NotNull(message = "请填写开始日期") LocalDate startsOn,
                          @NotNull(message = "请选择届期年限") Integer lengthYears,
                          LocalDate endsOn,
                          @Size(max = 50, message = "工会主席姓名不能超过50个字符") String chairName,
                          @Size(max = 1000, message = "委员名单不能超过1000个字符") String committee,
                          Long version) {
}
