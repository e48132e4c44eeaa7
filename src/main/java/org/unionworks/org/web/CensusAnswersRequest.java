package org.unionworks.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The fixed census questionnaire as a union fills it in. */
public record CensusAnswersRequest(Boolean hasCommittee,
                                   @Min(value = 0, message = "委员会人数不能为负数") @Max(value = 999, message = "委员会人数不能超过999") Integer committeeSize,
                                   LocalDate termStartsOn,
                                   LocalDate termEndsOn,
                                   @Min(value = 0, message = "会员人数不能为负数") @Max(value = 10_000_000, message = "会员人数过大") Integer members,
                                   @Min(value = 0, message = "职工人数不能为负数") @Max(value = 10_000_000, message = "职工人数过大") Integer employees,
                                   Boolean hasWorkersHome,
                                   Boolean holdsCongress,
                                   @Size(max = 1000, message = "发现的问题不能超过1000个字符") String problems,
                                   /** 所在单位的统一社会信用代码: approving the return opens the coverage. */
                                   @org.unionworks.platform.validation.ValidCreditCode String employerCreditCode) {
}
