package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.governance.ProblemLedger;
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
    private final ProblemLedger ledger;

    AnnualReturnQueries(ProblemLedger ledger, AnnualForms forms, ReturnValues values, OrgDirectory orgs, OrgTree orgTree, SqlScopes sqlScopes, JdbcClient jdbc,
                        ReportingPeriods periods) {
        this.forms = forms;
        this.values = values;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.periods = periods;
        this.ledger = ledger;
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
        return new StatisticsViews.ReturnForm(row(r), form.basis(), period.from(), period.to(), cells, checks, reviewable(r), reopenable(r));
    }

    /** As the service decides: a submitted return, reviewed from above (the city's own by itself), not by who submitted it. */
    private boolean reviewable(AnnualReturn r) {
        return r.getStatus() == AnnualReturn.Status.SUBMITTED && fromAbove(r)
                && !CurrentUsers.require().username().equals(r.getSubmittedBy());
    }

    /** As the service decides: an approved return, reopened from above (the city's own by the city). */
    private boolean reopenable(AnnualReturn r) {
        return r.getStatus() == AnnualReturn.Status.APPROVED && fromAbove(r);
    }

    /** Whether the signed-in user looks at the return from the union above it (or is of the city, for the city's own). */
    private boolean fromAbove(AnnualReturn r) {
        var me = CurrentUsers.current().orElse(null);
        return me != null && (r.getUnionId() != me.unionId() || r.getUnionId() == orgTree.rootId());
    }

    /**
     * Returns of the year in the union's subtree by status and quality: in total, and — where federations lie below — for each
     * federation one level down and the rest (a union with none below has no parts: they would repeat its total).
     */
    StatisticsViews.Progress progress(int year, long root) {
        Tally total = tally(year, root);
        List<StatisticsViews.ProgressPart> parts = new ArrayList<>();
        Tally rest = total;
        for (long below : orgTree.federationsBelow(root)) {
            Tally t = tally(year, below);
            parts.add(t.part(below, orgTree.nameOf(below).orElse("")));
            rest = rest.minus(t);
        }
        String name = orgTree.nameOf(root).orElse("");
        if (!parts.isEmpty()) {
            parts.add(rest.part(root, "本级及直属基层工会"));
            name += "（合计）";
        }
        var period = periods.of(ReportingPeriods.Kind.STATISTICAL, year);
        return new StatisticsViews.Progress(year, period.from(), period.to(), total.part(root, name), parts,
                questionnaire(year, root).orElse(null));
    }

    /** The year's questionnaire that reaches the union: opened by itself or by the nearest union above it. */
    java.util.Optional<StatisticsViews.Questionnaire> questionnaire(int year, long unionId) {
        List<Long> upwards = new ArrayList<>(java.util.Arrays.stream(orgTree.pathOf(unionId).orElse("").split("/"))
                .filter(id -> !id.isEmpty()).map(Long::valueOf).toList());
        java.util.Collections.reverse(upwards);
        Map<Long, Long> censusByUnion = new java.util.HashMap<>();
        if (!upwards.isEmpty()) {
            jdbc.sql("select union_id, census_id from annual_questionnaire where stat_year = :y and union_id in (:ids)")
                    .param("y", year).param("ids", upwards).query(rs -> {
                        censusByUnion.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return upwards.stream().filter(censusByUnion::containsKey).findFirst().map(organizer ->
                new StatisticsViews.Questionnaire(censusByUnion.get(organizer), organizer, orgTree.nameOf(organizer).orElse("")));
    }

    /** Counts of a subtree's returns: by status ({@code DRAFT, SUBMITTED, RETURNED, APPROVED}) and the quality's numerators and denominators. */
    private record Tally(long[] statuses, long unanswered, long questions, long blocking, long blockingChecks, long warnings, long warningChecks) {

        StatisticsViews.ProgressPart part(long unionId, String name) {
            long all = java.util.Arrays.stream(statuses).sum();
            return new StatisticsViews.ProgressPart(unionId, name, all, statuses[0], statuses[1], statuses[2], statuses[3],
                    passed(unanswered, questions), passed(blocking, blockingChecks), passed(warnings, warningChecks));
        }

        Tally minus(Tally t) {
            long[] s = statuses.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] -= t.statuses[i];
            }
            return new Tally(s, unanswered - t.unanswered, questions - t.questions, blocking - t.blocking, blockingChecks - t.blockingChecks,
                    warnings - t.warnings, warningChecks - t.warningChecks);
        }

        private static BigDecimal passed(long failed, long all) {
            return all == 0 ? null : BigDecimal.valueOf((all - failed) * 1000 / all, 1);
        }
    }

    private static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

    private Tally tally(int year, long unionId) {
        SqlScopes.Condition in = sqlScopes.under(unionId, "r.union_id");
        long[] statuses = new long[4];
        long[] q = new long[6];
        in.bind(jdbc.sql("""
                        select r.form_id, r.status, count(*), coalesce(sum(r.blocking_failures), 0), coalesce(sum(r.warnings), 0)
                          from annual_return r where r.stat_year = :year""" + " and " + in.sql() + " group by r.form_id, r.status"))
                .param("year", year).query(rs -> {
                    AnnualForm form = forms.get(rs.getLong(1));
                    long n = rs.getLong(3);
                    statuses[STATUSES.indexOf(rs.getString(2))] += n;
                    long blockingChecks = form.checks().stream().filter(AnnualForm.FormCheck::blocking).count();
                    q[1] += n * form.questions().size();
                    q[2] += rs.getLong(4);
                    q[3] += n * blockingChecks;
                    q[4] += rs.getLong(5);
                    q[5] += n * (form.checks().size() - blockingChecks);
                });
        // the unanswered questions, joined by district too: on a distributed database the values lie beside their return
        q[0] = in.bind(jdbc.sql("""
                        select count(*) from annual_return_value v join annual_return r on r.id = v.return_id and r.district_id = v.district_id
                         where v.val is null and r.stat_year = :year""" + " and " + in.sql()))
                .param("year", year).query(Long.class).single();
        return new Tally(statuses, q[0], q[1], q[2], q[3], q[4], q[5]);
    }

    /** The checks that failed in the year's returns of the subtree, blocking ones first, a page at a time. */
    Page<StatisticsViews.FailureRow> failures(int year, long root, boolean blockingOnly, Pageable pageable) {
        SqlScopes.Condition in = sqlScopes.under(root, "r.union_id");
        String from = " from annual_check_failure f join annual_return r on r.id = f.return_id and r.district_id = f.district_id"
                + " left join annual_check_rectification k on k.return_id = f.return_id and k.district_id = f.district_id"
                + " and k.check_code = f.check_code where r.stat_year = :year and " + in.sql()
                + (blockingOnly ? " and f.blocking = true" : "");
        long count = in.bind(jdbc.sql("select count(*)" + from)).param("year", year).query(Long.class).single();
        record Found(long returnId, long unionId, long formId, String status, String check, BigDecimal left, BigDecimal right, Long item) {
        }
        List<Found> found = in.bind(jdbc.sql("select r.id, r.union_id, r.form_id, r.status, f.check_code, f.left_value, f.right_value, k.rectification_id" + from
                        + " order by f.blocking desc, r.union_id, f.check_code limit :limit offset :offset"))
                .param("year", year).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), (Long) rs.getObject(8, Long.class))).list();
        Map<Long, ProblemLedger.Progress> items = ledger.progress(found.stream().map(Found::item).filter(java.util.Objects::nonNull).toList());
        Map<Long, UnionInfo> unions = orgs.anyUnions(found.stream().map(Found::unionId).toList());
        List<StatisticsViews.FailureRow> rows = new ArrayList<>();
        for (Found f : found) {
            AnnualForm.FormCheck check = forms.get(f.formId()).checks().stream().filter(c -> c.code().equals(f.check())).findFirst().orElse(null);
            if (check == null) {
                continue;
            }
            rows.add(new StatisticsViews.FailureRow(f.returnId(), f.unionId(), unions.containsKey(f.unionId()) ? unions.get(f.unionId()).name() : "",
                    AnnualReturn.Status.valueOf(f.status()).label, f.check(), check.rule().toString(), check.message(), check.blocking(),
                    plain(f.left()), plain(f.right()), check.rule().cellCodes(), f.item(),
                    f.item() == null || !items.containsKey(f.item()) ? null : RECTIFICATION.get(items.get(f.item()).status())));
        }
        return new PageImpl<>(rows, pageable, count);
    }

    private static final Map<String, String> RECTIFICATION = Map.of("IN_PROGRESS", "整改中", "DONE", "已完成", "CLOSED", "已销号");

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
