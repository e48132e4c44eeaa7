package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.error.InvalidInputException;

/**
 * Starting a statistical year for a subtree: a return for every active grassroots union and federation that has none,
 * pre-filled and checked, written in bulk. The grassroots forms' figures come from one query per figure for the whole
 * subtree ({@link ReturnPrefill#split}), each union's records added to its grassroots union; a figure that cannot be split so
 * is computed union by union.
 */
@Component
class YearStart {

    private static final List<String> RETURN_COLUMNS = List.of("form_id", "union_id", "district_id", "stat_year", "status", "prefilled_at",
            "checked_at", "blocking_failures", "warnings", "version", "created_at", "updated_at");

    /** A new return before it is written: whose, which form, its values and the checks that failed on them. */
    private record Fresh(UnionInfo union, AnnualForm form, Map<String, BigDecimal> values, List<ReturnValues.Failure> failures) {
    }

    private final AnnualForms forms;
    private final ReturnPrefill prefill;
    private final ReturnValues values;
    private final OrgDirectory orgs;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final BulkWriter bulk;

    YearStart(AnnualForms forms, ReturnPrefill prefill, ReturnValues values, OrgDirectory orgs, SqlScopes sqlScopes, JdbcClient jdbc,
              BulkWriter bulk) {
        this.forms = forms;
        this.prefill = prefill;
        this.values = values;
        this.orgs = orgs;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Writes the new returns (in the caller's transaction); returns how many were new and how many existed. */
    AnnualReturnService.Generated start(ReportingPeriods.Period year, long under) {
        List<UnionInfo> unions = orgs.activeSubtree(under).stream().filter(u -> level(u) != null).toList();
        Set<Long> existing = existing(year.year(), under);
        List<UnionInfo> fresh = unions.stream().filter(u -> !existing.contains(u.id())).toList();
        if (fresh.isEmpty()) {
            return new AnnualReturnService.Generated(0, existing.size());
        }
        Map<AnnualForm.Level, AnnualForm> byLevel = new HashMap<>();
        for (AnnualForm.Level level : AnnualForm.Level.values()) {
            forms.forYear(level, year.year()).ifPresent(f -> byLevel.put(level, f));
        }
        Map<Long, Map<String, BigDecimal>> computed = figuresOf(fresh, byLevel, year, under);
        List<Fresh> prepared = new ArrayList<>(fresh.size());
        for (UnionInfo u : fresh) {
            AnnualForm form = byLevel.get(level(u));
            if (form == null) {
                throw new InvalidInputException("year", year.year() + "统计年度没有适用的" + level(u) + "调查表");
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            form.cells().forEach(c -> values.put(c.code(), c.source() == AnnualForm.Source.QUESTION ? null : BigDecimal.ZERO));
            values.putAll(computed.getOrDefault(u.id(), Map.of()));
            prepared.add(new Fresh(u, form, values, ReturnPrefill.failures(form, values)));
        }
        write(prepared, year.year());
        return new AnnualReturnService.Generated(prepared.size(), existing.size());
    }

    static AnnualForm.Level level(UnionInfo u) {
        return switch (u.orgType()) {
            case "GRASSROOTS" -> AnnualForm.Level.GRASSROOTS;
            case "SUB_UNION", "GROUP" -> null;
            default -> AnnualForm.Level.FEDERATION;
        };
    }

    private Set<Long> existing(int year, long under) {
        SqlScopes.Condition in = sqlScopes.under(under, "union_id");
        return new HashSet<>(in.bind(jdbc.sql("select union_id from annual_return where stat_year = :year and " + in.sql()))
                .param("year", year).query(Long.class).list());
    }

    /** The FIGURE cells of the new returns: split per union for the whole subtree where the figure allows, else union by union. */
    private Map<Long, Map<String, BigDecimal>> figuresOf(List<UnionInfo> fresh, Map<AnnualForm.Level, AnnualForm> byLevel,
                                                         ReportingPeriods.Period year, long under) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        AnnualForm grassroots = byLevel.get(AnnualForm.Level.GRASSROOTS);
        Map<String, Map<Long, Number>> split = grassroots == null || fresh.stream().noneMatch(u -> level(u) == AnnualForm.Level.GRASSROOTS)
                ? Map.of() : prefill.split(grassroots, under, year);
        for (UnionInfo u : fresh) {
            AnnualForm form = byLevel.get(level(u));
            if (form == null || form.figureCells().isEmpty()) {
                continue;
            }
            values.put(u.id(), form == grassroots && ReturnPrefill.whole(form, split) ? ReturnPrefill.figures(form, split, u.id())
                    : prefill.figures(form, u.id(), year));
        }
        return values;
    }

    private void write(List<Fresh> prepared, int year) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.write("annual_return", RETURN_COLUMNS, prepared.stream().map(f -> new Object[] {f.form().id(), f.union().id(),
                f.union().districtId(), year, AnnualReturn.Status.DRAFT.name(), now, now, ReturnPrefill.blocking(f.failures()),
                f.failures().size() - ReturnPrefill.blocking(f.failures()), 0L, now, now}).iterator());
        Map<Long, Long> ids = ids(prepared.stream().map(f -> f.union().id()).toList(), year);
        Map<ReturnValues.Key, Map<String, BigDecimal>> values = new HashMap<>();
        Map<ReturnValues.Key, List<ReturnValues.Failure>> failures = new HashMap<>();
        for (Fresh f : prepared) {
            ReturnValues.Key key = new ReturnValues.Key(ids.get(f.union().id()), f.union().districtId());
            values.put(key, f.values());
            failures.put(key, f.failures());
        }
        this.values.writeAll(values);
        this.values.writeFailures(failures);
    }

    private Map<Long, Long> ids(List<Long> unions, int year) {
        Map<Long, Long> ids = new HashMap<>();
        for (int from = 0; from < unions.size(); from += 1000) {
            jdbc.sql("select union_id, id from annual_return where stat_year = :year and union_id in (:unions)").param("year", year)
                    .param("unions", unions.subList(from, Math.min(unions.size(), from + 1000))).query(rs -> {
                        ids.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return ids;
    }
}
