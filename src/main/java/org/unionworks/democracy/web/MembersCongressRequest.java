package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A 会员代表大会: the union (when registered), 常任制 with its term or not, the day it was set up, the seats. */
public record MembersCongressRequest(Long unionId,
                                     @NotNull(message = "请选择是否实行常任制") Boolean standing,
                                     @NotNull(message = "请填写建立日期") LocalDate establishedOn,
                                     LocalDate termStartsOn, LocalDate termEndsOn,
                                     @NotNull(message = "请填写代表名额") @Min(value = 1, message = "代表名额至少1名")
                                     @Max(value = 9999, message = "代表名额不能超过9999名") Integer seats,
                                     Long version) {
}
