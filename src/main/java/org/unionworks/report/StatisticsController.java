package org.unionworks.report;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.figures.Figures;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.report.web.ReportViews;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The annual statistical tables (default reference period 1 October to 30 September) by the unions
 * one level down (the districts, for the city) — each cell a figure of the catalogue — and the
 * dashboard's trend by month.
 */
@RestController
class StatisticsController {

    static final List<String> COLUMNS = List.of("org.grassroots", "org.coveredEmployers", "org.employees", "member.total",
            "member.women", "member.migrant", "member.newForm", "org.newUnions", "member.newMembers", "org.unionizationRate",
            "member.membershipRate");
    /** 经济技术工作: the craftsman figures of each unit one level down (sheet of the export). */
    static final List<String> CRAFT_COLUMNS = List.of("craft.contests", "craft.contestItems", "craft.contestUnits", "craft.contestants",
            "craft.finalists", "craft.winners", "craft.titles", "craft.gradeUpgrades", "craft.studios", "craft.studioAchievements",
            "craft.smallInnovations", "craft.evaluatingEmployers");

    /** 服务职工: programmes, mutual insurance and service places of each unit one level down (sheet of the export). */
    static final List<String> SERVICE_COLUMNS = List.of("service.programmes", "service.beneficiaries", "service.households", "service.units",
            "service.workersReached", "service.cash", "service.goods", "insurance.units", "insurance.workers", "insurance.premiums",
            "insurance.claims", "insurance.payouts", "service.places", "service.modelHomes", "service.grants");

    /** 财务和经审: funds collected, returned, allocated and audited by each unit one level down (sheet of the export). */
    static final List<String> FUNDS_COLUMNS = List.of("funds.due", "funds.collected", "funds.collectionRate", "funds.preparatoryPayers",
            "funds.arrearsEmployers", "funds.smallReturns", "funds.smallReturnAmount", "funds.allocated", "funds.audits", "funds.auditFindings",
            "funds.findingAmount", "funds.findingsRectified");

    private final Figures figures;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;
    private final ReportingPeriods periods;

    StatisticsController(Figures figures, Scopes scopes, OrgTree orgTree, SpreadsheetExports exports, ReportingPeriods periods) {
        this.periods = periods;
        this.figures = figures;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    record Table(LocalDate from, LocalDate to, List<Map<String, String>> columns, List<Row> rows) {
    }

    record Row(long unionId, String unionName, Map<String, Number> values) {
    }

    /**
     * A reporting year's days: {@code kind} CALENDAR (工作总结) or STATISTICAL (统计年报, ending on the
     * configured day); without {@code year} the current calendar year or the last completed statistical year.
     */
    @GetMapping("/api/reports/period")
    @PreAuthorize("hasAuthority('report:read')")
    ReportingPeriods.Period period(@RequestParam(defaultValue = "CALENDAR") ReportingPeriods.Kind kind,
                                   @RequestParam(required = false) Integer year) {
        return periods.of(kind, year);
    }

    @GetMapping("/api/reports/tables")
    @PreAuthorize("hasAuthority('report:read')")
    Table table(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        long root = under == null ? CurrentUsers.require().unionId() : under;
        scopes.requireVisible(root);
        LocalDate end = to == null ? periods.lastStatisticalYearEnd() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        return byUnit(root, start, end, COLUMNS);
    }

    /** The figures {@code keys} for each union one level down and the total, over the period (stock on its last day). */
    private Table byUnit(long root, LocalDate start, LocalDate end, List<String> keys) {
        List<Long> parts = new ArrayList<>(orgTree.federationsBelow(root));
        parts.add(root);
        List<Row> rows = new ArrayList<>();
        List<Map<String, String>> columns = new ArrayList<>();
        for (long union : parts) {
            Map<String, Number> values = new LinkedHashMap<>();
            for (Figures.Value v : figures.compute(union, end, start, end, keys)) {
                values.put(v.key(), v.value());
                if (columns.size() < keys.size()) {
                    columns.add(Map.of("key", v.key(), "name", v.name(), "unit", v.unit()));
                }
            }
            rows.add(new Row(union, (union == root ? "合计：" : "") + orgTree.nameOf(union).orElse(""), values));
        }
        return new Table(start, end, columns, rows);
    }

    @GetMapping("/api/reports/tables/export")
    @PreAuthorize("hasAuthority('report:read')")
    void export(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        Table t = table(under, from, to);
        long root = under == null ? CurrentUsers.require().unionId() : under;
        exports.write(SpreadsheetExports.download(response, "分单位统计表.xlsx"), "StatisticsTable", "分单位统计表",
                List.of(sheet("分单位", t), kindSheet(root, t.to()), sheet("经济技术工作", byUnit(root, t.from(), t.to(), CRAFT_COLUMNS)),
                        sheet("服务职工", byUnit(root, t.from(), t.to(), SERVICE_COLUMNS)),
                        sheet("财务和经审", byUnit(root, t.from(), t.to(), FUNDS_COLUMNS))),
                SpreadsheetExports.filters("under", under, "from", t.from(), "to", t.to()));
    }

    /** A table as a sheet: one row per unit, one column per figure with its unit. */
    private static SpreadsheetExports.Sheet<Row> sheet(String name, Table t) {
        List<String> headers = new ArrayList<>(List.of("单位"));
        t.columns().forEach(c -> headers.add(c.get("name") + "（" + c.get("unit") + "）"));
        return SpreadsheetExports.Sheet.<Row>of(name, headers, t.rows().iterator(), row -> {
            List<Object> cells = new ArrayList<>(List.of(row.unionName()));
            t.columns().forEach(c -> cells.add(row.values().get(c.get("key"))));
            return cells;
        }).withCaption("统计期间 " + t.from() + " 至 " + t.to() + "（存量截至 " + t.to() + "）");
    }

    /** Grassroots unions and members on the date by grassroots kind (企业、机关事业单位、社会组织、联合基层工会). */
    private SpreadsheetExports.Sheet<Figures.BreakdownPart> kindSheet(long root, LocalDate on) {
        List<Figures.Value> byKind = figures.compute(root, on, on, on, List.of("org.grassroots", "member.total"), "grassrootsKind");
        Map<String, Number> unions = new LinkedHashMap<>();
        byKind.get(0).parts().forEach(p -> unions.put(p.code(), p.value()));
        return SpreadsheetExports.Sheet.of("分基层工会类型", List.of("基层工会类型", "基层工会数（家）", "工会会员数（名）"),
                byKind.get(1).parts().iterator(), members -> List.of(members.code() == null ? "工会联合会等直属会员" : members.label(),
                        unions.getOrDefault(members.code(), 0), members.value()));
    }

    private static final List<String> TREND_FIGURES =
            List.of("member.total", "org.grassroots", "member.newMembers", "assist.newFiles", "assist.exits");

    /** Members and grassroots unions at the end of each of the last months (for the home page chart). */
    @GetMapping("/api/reports/trend")
    @PreAuthorize("hasAuthority('report:read')")
    List<ReportViews.TrendPoint> trend(@RequestParam(required = false) Long under, @RequestParam(defaultValue = "12") int months) {
        long root = under == null ? CurrentUsers.require().unionId() : under;
        int n = Math.max(1, Math.min(months, 36));
        List<ReportViews.TrendPoint> points = new ArrayList<>();
        YearMonth now = YearMonth.now();
        for (int i = n - 1; i >= 0; i--) {
            YearMonth month = now.minusMonths(i);
            LocalDate end = i == 0 ? LocalDate.now() : month.atEndOfMonth();
            Map<String, Number> values = new LinkedHashMap<>();
            figures.compute(root, end, month.atDay(1), end, TREND_FIGURES).forEach(v -> values.put(v.key(), v.value()));
            points.add(new ReportViews.TrendPoint(month.toString(), values));
        }
        return points;
    }

}
