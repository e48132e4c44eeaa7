package org.unionworks.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.CensusQuestionnaires;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.statistics.web.StatisticsViews;

/**
 * The questions of a year's grassroots form asked through a census campaign (摸底排查) of a subtree: exactly the form's
 * QUESTION cells, besides the census's fixed questions (the answers come back through {@link QuestionnaireAnswers}).
 */
@Component
class YearQuestionnaires {

    private final JdbcClient jdbc;
    private final AnnualForms forms;
    private final AnnualReturnRepository returns;
    private final AnnualReturnService service;
    private final CensusQuestionnaires census;
    private final AuditService audit;
    private final AnnualReturnQueries queries;
    private final Scopes scopes;

    YearQuestionnaires(Scopes scopes, JdbcClient jdbc, AnnualForms forms, AnnualReturnRepository returns, AnnualReturnService service,
                       CensusQuestionnaires census, AuditService audit, AnnualReturnQueries queries) {
        this.queries = queries;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.forms = forms;
        this.returns = returns;
        this.service = service;
        this.census = census;
        this.audit = audit;
    }

    /** Opens the census asking the year's grassroots questions of the union's subtree, open from today to {@code endsOn}. */
    @Transactional
    StatisticsViews.Questionnaire open(int year, long unionId, LocalDate endsOn) {
        scopes.requireVisible(unionId);
        if (returns.findByUnionIdAndStatYear(unionId, year).isEmpty()) {
            throw new InvalidInputException("year", "本工会还没有" + year + "统计年度的调查表，请先开始年报");
        }
        if (queries.questionnaire(year, unionId).filter(q -> q.organizerId() == unionId).isPresent()) {
            throw new ConflictException("本工会已发起" + year + "统计年度的年报问卷，请在摸底排查中查看填报情况");
        }
        LocalDate today = LocalDate.now();
        if (endsOn.isBefore(today)) {
            throw new InvalidInputException("endsOn", "截止日期不能早于今天");
        }
        AnnualForm form = forms.forYear(AnnualForm.Level.GRASSROOTS, year)
                .orElseThrow(() -> new InvalidInputException("year", year + "统计年度没有基层工会调查表"));
        String name = year + "统计年度年报问卷（" + form.name() + "）";
        long censusId = census.open(unionId, name, today, endsOn, form.questions().stream().map(AnnualForm.Cell::question).toList());
        jdbc.sql("insert into annual_questionnaire (stat_year, union_id, census_id, created_at) values (:y, :u, :c, :now)")
                .param("y", year).param("u", unionId).param("c", censusId).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        audit.record(AuditAction.CREATE, "AnnualQuestionnaire", censusId, "发起" + name,
                Map.of("year", year, "unionId", unionId, "censusId", censusId, "questions", form.questions().size()));
        return queries.questionnaire(year, unionId).orElseThrow();
    }
}
