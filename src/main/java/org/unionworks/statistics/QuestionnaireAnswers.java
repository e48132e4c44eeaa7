package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.CensusAnswerRecipient;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.ConflictException;

/**
 * The answers to a year's questionnaire ({@link YearQuestionnaires}) as the census hands them over: each union's
 * submitted answers are written into its open return of the year, as answering on the form would (checked and audited),
 * and refused once that return has been submitted.
 */
@Component
class QuestionnaireAnswers implements CensusAnswerRecipient {

    private final JdbcClient jdbc;
    private final AnnualForms forms;
    private final AnnualReturnRepository returns;
    private final AnnualReturnService service;
    private final OrgTree orgTree;

    QuestionnaireAnswers(JdbcClient jdbc, AnnualForms forms, AnnualReturnRepository returns, AnnualReturnService service, OrgTree orgTree) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.returns = returns;
        this.service = service;
        this.orgTree = orgTree;
    }

    @Override
    public String refusal(long censusId, long unionId) {
        return openReturn(censusId, unionId).problem();
    }

    @Override
    public void receive(long censusId, long unionId, Map<String, BigDecimal> answers) {
        Target target = openReturn(censusId, unionId);
        if (target.problem() != null) {
            throw new ConflictException(target.problem());
        }
        if (target.open() != null) {
            AnnualForm form = forms.get(target.open().getFormId());
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            answers.forEach((code, v) -> form.cell(code).filter(c -> c.source() == AnnualForm.Source.QUESTION)
                    .ifPresent(c -> cells.put(code, v)));
            service.answer(target.open().getId(), null, cells);
        }
    }

    /** The union's open return of the campaign's year (null: not a year's questionnaire, or the union has no return), or why not. */
    private record Target(AnnualReturn open, String problem) {
    }

    private Target openReturn(long censusId, long unionId) {
        Integer year = jdbc.sql("select stat_year from annual_questionnaire where census_id = :c").param("c", censusId)
                .query(Integer.class).optional().orElse(null);
        if (year == null) {
            return new Target(null, null);
        }
        var r = returns.findByUnionIdAndStatYear(unionId, year);
        if (r.isEmpty()) {
            return new Target(null, null);
        }
        if (!r.get().isOpen()) {
            return new Target(null, orgTree.nameOf(unionId).orElse("该工会") + year + "统计年度的调查表" + r.get().getStatus().label
                    + "，问卷答案不能再写入；如需更正，请上级工会退回调查表后再提交");
        }
        return new Target(r.get(), null);
    }
}
