package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.figures.Figures;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.data.BulkWriter;

/**
 * The open grassroots returns of a year in a subtree refreshed from the records and checked in bulk (the nightly run and
 * 全部重新检查 for a whole city): each figure computed once for the subtree and split per union, as when the year started,
 * the changed cells and the checks written a thousand returns at a time. Returns whose form names a figure that cannot
 * be split are left to the one-by-one path.
 */
@Component
class YearRefresh {

    private record Open(long id, long unionId, long formId) {
    }

    private final AnnualForms forms;
    private final ReturnValues values;
    private final Figures figures;
    private final OrgDirectory orgs;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkWriter bulk;

    YearRefresh(AnnualForms forms, ReturnValues values, Figures figures, OrgDirectory orgs, SqlScopes sqlScopes, JdbcClient jdbc,
                JdbcTemplate template, BulkWriter bulk) {
        this.forms = forms;
        this.values = values;
        this.figures = figures;
        this.orgs = orgs;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** Refreshes and checks the open grassroots returns of the year under the union; returns the ids it refreshed. */
    @Transactional
    List<Long> refreshOpen(ReportingPeriods.Period year, long under) {
        AnnualForm form = forms.forYear(AnnualForm.Level.GRASSROOTS, year.year()).orElse(null);
        if (form == null) {
            return List.of();
        }
        SqlScopes.Condition in = sqlScopes.under(under, "r.union_id");
        List<Open> open = in.bind(jdbc.sql("select r.id, r.union_id, r.form_id from annual_return r where r.stat_year = :year"
                        + " and r.form_id = :form and r.status in ('DRAFT', 'RETURNED') and " + in.sql()))
                .param("year", year.year()).param("form", form.id())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        List<String> keys = form.figureCells().stream().map(AnnualForm.Cell::figureKey).toList();
        Map<String, Map<Long, Number>> split = open.isEmpty() ? Map.of()
                : figures.perUnit(under, year.to(), year.from(), year.to(), keys, orgs.grassrootsOf(under));
        if (open.isEmpty() || !split.keySet().containsAll(keys)) {
            return List.of();
        }
        List<Long> done = new ArrayList<>();
        for (int from = 0; from < open.size(); from += 1000) {
            List<Open> chunk = open.subList(from, Math.min(open.size(), from + 1000));
            refresh(form, chunk, split);
            chunk.forEach(o -> done.add(o.id()));
        }
        return done;
    }

    private void refresh(AnnualForm form, List<Open> chunk, Map<String, Map<Long, Number>> split) {
        List<Long> ids = chunk.stream().map(Open::id).toList();
        List<String> codes = form.figureCells().stream().map(AnnualForm.Cell::code).toList();
        Map<Long, Map<String, BigDecimal>> all = values.of(ids);
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> failures = new ArrayList<>();
        List<Object[]> counts = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Open o : chunk) {
            Map<String, BigDecimal> mine = all.computeIfAbsent(o.id(), k -> new java.util.HashMap<>());
            for (AnnualForm.Cell c : form.figureCells()) {
                Number v = split.get(c.figureKey()).get(o.unionId());
                BigDecimal value = v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
                mine.put(c.code(), value);
                fresh.add(new Object[] {o.id(), c.code(), value});
            }
            int blocking = 0;
            int failed = 0;
            for (ReturnPrefill.Checked c : ReturnPrefill.check(form, mine)) {
                if (!c.outcome().holds()) {
                    failures.add(new Object[] {o.id(), c.check().code(), c.check().blocking(), c.outcome().leftValue(), c.outcome().rightValue()});
                    blocking += c.check().blocking() ? 1 : 0;
                    failed++;
                }
            }
            counts.add(new Object[] {blocking, failed - blocking, now, now, now, o.id()});
        }
        jdbc.sql("delete from annual_return_value where return_id in (:ids) and cell_code in (:codes)").param("ids", ids).param("codes", codes)
                .update();
        bulk.write("annual_return_value", List.of("return_id", "cell_code", "val"), fresh.iterator());
        jdbc.sql("delete from annual_check_failure where return_id in (:ids)").param("ids", ids).update();
        bulk.write("annual_check_failure", List.of("return_id", "check_code", "blocking", "left_value", "right_value"), failures.iterator());
        template.batchUpdate("""
                update annual_return set blocking_failures = ?, warnings = ?, checked_at = ?, prefilled_at = ?, updated_at = ?,
                       version = version + 1 where id = ?""", counts);
    }
}
