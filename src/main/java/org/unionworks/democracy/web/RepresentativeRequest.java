package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A representative by the ID number of a current member, the day elected, and whether a front-line worker. */
public record RepresentativeRequest(@NotBlank(message = "请填写代表的身份证号码") String idNumber,
                                    @NotNull(message = "请填写当选日期") LocalDate electedOn,
                                    Boolean frontline) {
}
