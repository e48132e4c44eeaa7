package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 女职工委员会: the union (when registered), how and when it was formed, its chair and members (names, 、 or one per line). */
public record WomensCommitteeRequest(Long unionId,
                                     @NotNull(message = "请填写产生日期") LocalDate formedOn,
                                     @NotBlank(message = "请选择产生方式") String formedBy,
                                     @NotBlank(message = "请填写女职委主任") @Size(max = 50, message = "主任姓名不能超过50个字符") String chairName,
                                     @NotBlank(message = "请填写委员名单") @Size(max = 1000, message = "委员名单不能超过1000个字符") String memberNames,
                                     LocalDate dissolvedOn,
                                     Long version) {
}
