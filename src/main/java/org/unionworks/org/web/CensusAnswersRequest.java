package org.unionworks.org.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

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
                                   @org.unionworks.platform.validation.ValidCreditCode String employerCreditCode,
                                   /** Answers to the campaign's own questions (e.g. a statistics form's), required when it has any. */
                                   @Size(max = 200, message = "问卷最多200个问题") List<@Valid QuestionAnswer> questionAnswers) {

    public record QuestionAnswer(@NotBlank(message = "请填写问题代码") @Size(max = 20, message = "问题代码无效") String code, BigDecimal value) {
    }
}
