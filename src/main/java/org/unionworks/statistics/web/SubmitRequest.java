package org.unionworks.statistics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A return submitted upward, signed by the union's head (单位负责人) on a day. */
public record SubmitRequest(@NotBlank(message = "请填写单位负责人姓名") @Size(max = 50, message = "单位负责人姓名不能超过50个字符") String signerName,
                            @NotNull(message = "请填写签字日期") LocalDate signedOn,
                            Long version) {
}
