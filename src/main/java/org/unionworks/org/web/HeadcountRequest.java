package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** 职工人数 as counted on a day: held from that day until the employer's next count. */
public record HeadcountRequest(@NotNull(message = "请填写核定日期") LocalDate countedOn,
                               @NotNull(message = "请填写职工人数") @Min(value = 0, message = "职工人数不能为负数")
                               @Max(value = 10_000_000, message = "职工人数不能超过一千万") Integer employees) {

    /** One count of the history, newest first in a list. */
    public record View(long id, LocalDate countedOn, int employees) {
    }
}
