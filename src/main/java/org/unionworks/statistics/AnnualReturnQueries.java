package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.statistics.web.StatisticsViews;

/** The views of returns: a page of the list, one whole form, the progress by unit one level down, the failed checks. */
@Component
class AnnualReturnQueries {

    private final AnnualForms forms;
    private final ReturnValues values;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final ReportingPeriods periods;

    AnnualReturnQueries(AnnualForms forms, ReturnValues values, OrgDirectory orgs, OrgTree orgTree, SqlScopes sqlScopes, JdbcClient jdbc,
                        ReportingPeriods periods) {
        this.forms = forms;
        this.values = values;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.periods = periods;
    }

    List<StatisticsViews.ReturnRow> rows(Collection<AnnualReturn> page) {
        Map<Long, UnionInfo> unions = orgs.anyUnions(page.stream().map(AnnualReturn::getUnionId).toList());
        return page.stream().map(r -> row(r, unions.get(r.getUnionId()))).toList();
    }

    StatisticsViews.ReturnRow row(AnnualReturn r) {
        return rows(List.of(r)).get(0);
    }

    private StatisticsViews.ReturnRow row(AnnualReturn r, UnionInfo union) {
        AnnualForm form = forms.get(r.getFormId());
        return new StatisticsViews.ReturnRow(r.getId(), r.getUnionId(), union == null ? "" : union.name(), form.level().name(), form.name(),
                r.getStatYear(), r.getStatus().name(), r.getStatus().label, r.getBlockingFailures(), r.getWarnings(), r.getCheckedAt(),
                r.getPrefilledAt(), r.getSubmittedAt(), r.getSubmittedBy(), r.getSignerName(), r.getSignedOn(), r.getReviewedAt(),
                r.getReviewedBy(), r.getReviewComment(), r.getVersion());
    }

    /** The whole form of a return: every cell with its value and where it comes from, every check on the current values. */
    StatisticsViews.ReturnForm form(AnnualReturn r) {
        AnnualForm form = forms.get(r.getFormId());
        Map<String, BigDecimal> current = values.of(r.getId());
        List<StatisticsViews.CellView> cells = form.cells().stream().map(c -> new StatisticsViews.CellView(c.code(), c.section(), c.label(),
                c.unit(), c.source().name(), c.answer().name(), c.definition(), plain(current.get(c.code())), c.figureKey(),
                RecordLinks.of(c.figureKey()))).toList();
        List<StatisticsViews.CheckView> checks = ReturnPrefill.check(form, current).stream().map(c -> new StatisticsViews.CheckView(
                c.check().code(), c.check().rule().toString(), c.check().message(), c.check().blocking(), c.outcome().holds(),
                plain(c.outcome().leftValue()), plain(c.outcome().rightValue()), c.check().rule().cellCodes())).toList();
        var period = periods.of(ReportingPeriods.Kind.STATISTICAL, r.getStatYear());
        return new StatisticsViews.ReturnForm(row(r), form.basis(), period.from(), period.to(), cells, checks, reviewable(r));
    }

    /** As the service decides: a submitted return, reviewed from above (the city's own by itself), not by who submitted it. */
    private boolean reviewable(AnnualReturn r) {
        var me = CurrentUsers.current().orElse(null);
        return me != null && r.getStatus() == AnnualReturn.Status.SUBMITTED && !me.username().equals(r.getSubmittedBy())
                && (r.getUnionId() != me.unionId() || r.getUnionId() == orgTree.rootId());
    }

    /** Returns of the year in the union's subtree by status: in total, for each federation one level down, and for the rest. */
    StatisticsViews.Progress progress(int year, long root) {
        StatisticsViews.ProgressPart total = part(year, root, orgTree.nameOf(root).orElse("") + "（合计）");
        List<StatisticsViews.ProgressPart> parts = new ArrayList<>();
        long[] rest = {total.total(), total.draft(), total.submitted(), total.returned(), total.approved()};
        for (long below : orgTree.federationsBelow(root)) {
            StatisticsViews.ProgressPart p = part(year, below, orgTree.nameOf(below).orElse(""));
            parts.add(p);
            long[] used = {p.total(), p.draft(), p.submitted(), p.returned(), p.approved()};
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= used[i];
            }
        }
        parts.add(new StatisticsViews.ProgressPart(root, "本级及直属基层工会", rest[0], rest[1], rest[2], rest[3], rest[4]));
        var period = periods.of(ReportingPeriods.Kind.STATISTICAL, year);
        return new StatisticsViews.Progress(year, period.from(), period.to(), total, parts);
    }

    private StatisticsViews.ProgressPart part(int year, long unionId, String name) {
        SqlScopes.Condition in = sqlScopes.under(unionId, "r.union_id");
        Map<String, Long> byStatus = new HashMap<>();
        in.bind(jdbc.sql("select r.status, count(*) from annual_return r where r.stat_year = :year and " + in.sql() + " group by r.status"))
                .param("year", year).query(rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new StatisticsViews.ProgressPart(unionId, name, all, byStatus.getOrDefault("DRAFT", 0L), byStatus.getOrDefault("SUBMITTED", 0L),
                byStatus.getOrDefault("RETURNED", 0L), byStatus.getOrDefault("APPROVED", 0L));
    }

    /** The checks that failed in the year's returns of the subtree, blocking ones first, a page at a time. */
    Page<StatisticsViews.FailureRow> failures(int year, long root, boolean blockingOnly, Pageable pageable) {
        SqlScopes.Condition in = sqlScopes.under(root, "r.union_id");
        String from = " from annual_check_failure f join annual_return r on r.id = f.return_id where r.stat_year = :year and " + in.sql()
                + (blockingOnly ? " and f.blocking = true" : "");
        long count = in.bind(jdbc.sql("select count(*)" + from)).param("year", year).query(Long.class).single();
        record Found(long returnId, long unionId, long formId, String status, String check, BigDecimal left, BigDecimal right) {
        }
        List<Found> found = in.bind(jdbc.sql("select r.id, r.union_id, r.form_id, r.status, f.check_code, f.left_value, f.right_value" + from
                        + " order by f.blocking desc, r.union_id, f.check_code limit :limit offset :offset"))
                .param("year", year).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7))).list();
        Map<Long, UnionInfo> unions = orgs.anyUnions(found.stream().map(Found::unionId).toList());
        List<StatisticsViews.FailureRow> rows = new ArrayList<>();
        for (Found f : found) {
            AnnualForm.FormCheck check = forms.get(f.formId()).checks().stream().filter(c -> c.code().equals(f.check())).findFirst().orElse(null);
            if (check == null) {
                continue;
            }
            rows.add(new StatisticsViews.FailureRow(f.returnId(), f.unionId(), unions.containsKey(f.unionId()) ? unions.get(f.unionId()).name() : "",
                    AnnualReturn.Status.valueOf(f.status()).label, f.check(), check.rule().toString(), check.message(), check.blocking(),
                    plain(f.left()), plain(f.right()), check.rule().cellCodes()));
        }
        return new PageImpl<>(rows, pageable, count);
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
