package org.unionworks.democracy.web;

import jakarta.validation.constraints.NotBlank;

/** A candidate named by the ID number of a current member: for which body, and whether a front-line worker. */
public record CandidateRequest(@NotBlank(message = "请选择候选人所属的委员会") String body,
                               @NotBlank(message = "请填写候选人的身份证号码") String idNumber,
                               Boolean frontline) {
}
