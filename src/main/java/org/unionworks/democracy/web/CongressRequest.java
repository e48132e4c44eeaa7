package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An employer's 职代会 system: the employer by credit code (on creation), its form (CONGRESS 职工代表大会, ASSEMBLY 职工大会), since when, its representatives. */
public record CongressRequest(String creditCode,
                              @NotBlank(message = "请选择职代会形式") String form,
                              @NotNull(message = "请填写建立日期") LocalDate establishedOn,
                              @Min(value = 1, message = "职工代表人数应大于0") Integer representatives,
                              Long version) {
}
