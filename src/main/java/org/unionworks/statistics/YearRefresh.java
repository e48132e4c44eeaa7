package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.platform.access.SqlScopes;

/**
 * The open grassroots returns of a year in a subtree refreshed from the records and checked in bulk (the nightly run and
 * 全部重新检查 for a whole city): each figure computed once for the subtree and split per union, as when the year started,
 * the changed cells and the checks written a thousand returns at a time. Returns whose form names a figure that cannot
 * be split are left to the one-by-one path.
 */
@Component
class YearRefresh {

    private record Open(long id, long unionId, long districtId) {
    }

    private final AnnualForms forms;
    private final ReturnValues values;
    private final ReturnPrefill prefill;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    YearRefresh(AnnualForms forms, ReturnValues values, ReturnPrefill prefill, SqlScopes sqlScopes, JdbcClient jdbc, JdbcTemplate template) {
        this.forms = forms;
        this.values = values;
        this.prefill = prefill;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Refreshes and checks the open grassroots returns of the year under the union; returns the ids it refreshed. */
    @Transactional
    List<Long> refreshOpen(ReportingPeriods.Period year, long under) {
        AnnualForm form = forms.forYear(AnnualForm.Level.GRASSROOTS, year.year()).orElse(null);
        if (form == null) {
            return List.of();
        }
        SqlScopes.Condition in = sqlScopes.under(under, "r.union_id");
        List<Open> open = in.bind(jdbc.sql("select r.id, r.union_id, r.district_id from annual_return r where r.stat_year = :year"
                        + " and r.form_id = :form and r.status in ('DRAFT', 'RETURNED') and " + in.sql()))
                .param("year", year.year()).param("form", form.id())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        Map<String, Map<Long, Number>> split = open.isEmpty() ? Map.of() : prefill.split(form, under, year);
        if (open.isEmpty() || !ReturnPrefill.whole(form, split)) {
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
        Map<ReturnValues.Key, Map<String, BigDecimal>> fresh = new HashMap<>();
        Map<ReturnValues.Key, List<ReturnValues.Failure>> failures = new HashMap<>();
        List<Object[]> counts = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Open o : chunk) {
            Map<String, BigDecimal> figuresNow = ReturnPrefill.figures(form, split, o.unionId());
            Map<String, BigDecimal> mine = all.computeIfAbsent(o.id(), k -> new HashMap<>());
            mine.putAll(figuresNow);
            List<ReturnValues.Failure> failed = ReturnPrefill.failures(form, mine);
            ReturnValues.Key key = new ReturnValues.Key(o.id(), o.districtId());
            fresh.put(key, figuresNow);
            failures.put(key, failed);
            counts.add(new Object[] {ReturnPrefill.blocking(failed), failed.size() - ReturnPrefill.blocking(failed), now, now, now, o.id(),
                o.districtId()});
        }
        jdbc.sql("delete from annual_return_value where return_id in (:ids) and cell_code in (:codes)").param("ids", ids).param("codes", codes)
                .update();
        values.writeAll(fresh);
        jdbc.sql("delete from annual_check_failure where return_id in (:ids)").param("ids", ids).update();
        values.writeFailures(failures);
        template.batchUpdate("""
                update annual_return set blocking_failures = ?, warnings = ?, checked_at = ?, prefilled_at = ?, updated_at = ?,
                       version = version + 1 where id = ? and district_id = ?""", counts);
    }
}
