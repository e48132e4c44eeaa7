package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The election was held: when, and the new committee's term. */
public record HeldRequest(@NotNull(message = "请填写选举日期") LocalDate heldOn,
                          @NotNull(message = "请选择新一届届期年限") Integer lengthYears,
                          LocalDate endsOn,
                          @Size(max = 50, message = "工会主席姓名不能超过50个字符") String chairName,
                          @Size(max = 1000, message = "委员名单不能超过1000个字符") String committee) {
}
