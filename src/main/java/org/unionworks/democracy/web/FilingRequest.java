package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 审查备案 with the labour authority: the day, its number and the authority. */
public record FilingRequest(@NotNull(message = "请填写备案日期") LocalDate filedOn,
                            @NotBlank(message = "请填写备案编号") @Size(max = 50, message = "备案编号不能超过50个字符") String filingNo,
                            @Size(max = 100, message = "备案机关不能超过100个字符") String filingAuthority,
                            Long version) {
}
