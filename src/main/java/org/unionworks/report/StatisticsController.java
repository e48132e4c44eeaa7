package org.unionworks.report;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.figures.Figures;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
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

    private final Figures figures;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final org.unionworks.platform.dict.Dictionaries dictionaries;

    StatisticsController(Figures figures, Scopes scopes, OrgTree orgTree, JdbcClient jdbc, AuditService audit,
                         org.unionworks.platform.dict.Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.figures = figures;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Table(LocalDate from, LocalDate to, List<Map<String, String>> columns, List<Row> rows) {
    }

    record Row(long unionId, String unionName, Map<String, Number> values) {
    }

    @GetMapping("/api/reports/tables")
    @PreAuthorize("hasAuthority('report:read')")
    Table table(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        long root = under == null ? CurrentUsers.require().unionId() : under;
        scopes.requireVisible(root);
        LocalDate end = to == null ? defaultEnd() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        List<Long> parts = new ArrayList<>(jdbc.sql("""
                        select id from union_org where parent_id = :root and status = 'ACTIVE'
                           and org_type <> 'GRASSROOTS' order by path""").param("root", root).query(Long.class).list());
        parts.add(root);
        List<Row> rows = new ArrayList<>();
        List<Map<String, String>> columns = new ArrayList<>();
        for (long union : parts) {
            Map<String, Number> values = new LinkedHashMap<>();
            for (Figures.Value v : figures.compute(union, end, start, end, COLUMNS)) {
                values.put(v.key(), v.value());
                if (columns.size() < COLUMNS.size()) {
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
        var out = org.unionworks.platform.excel.SpreadsheetExports.download(response, "工会统计年报.xlsx");
        Workbook wb = new Workbook(out, "UnionWorks", "1.0");
        Worksheet ws = wb.newWorksheet("分单位");
        ws.value(0, 0, "统计期间 " + t.from() + " 至 " + t.to() + "（存量截至 " + t.to() + "）");
        ws.value(1, 0, "单位");
        for (int c = 0; c < t.columns().size(); c++) {
            ws.value(1, c + 1, t.columns().get(c).get("name") + "（" + t.columns().get(c).get("unit") + "）");
            ws.width(c + 1, 14);
        }
        ws.width(0, 30);
        ws.range(1, 0, 1, t.columns().size()).style().bold().fillColor("DDEBF7").wrapText(true).set();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            ws.value(r + 2, 0, org.unionworks.platform.excel.Cells.escape(row.unionName()));
            for (int c = 0; c < t.columns().size(); c++) {
                Number v = row.values().get(t.columns().get(c).get("key"));
                if (v != null) {
                    ws.value(r + 2, c + 1, v);
                }
            }
        }
        kindSheet(wb.newWorksheet("分基层工会类型"), under == null ? CurrentUsers.require().unionId() : under, t.to());
        wb.finish();
        audit.record(AuditAction.EXPORT, "StatisticsTable", null, "导出统计年报", Map.of("from", t.from().toString(),
                "to", t.to().toString()));
    }

    /** Grassroots unions and members on the date by grassroots kind (企业、机关事业单位、社会组织、联合基层工会). */
    private void kindSheet(Worksheet ws, long root, LocalDate on) {
        String path = orgTree.pathOf(root).orElseThrow() + "%";
        Map<String, Long> unions = counts("""
                select u.grassroots_kind, count(*) from union_org u
                 where u.path like :p and u.org_type = 'GRASSROOTS'
                   and coalesce(u.founded_on, cast(u.created_at as date)) <= :on and (u.closed_on is null or u.closed_on > :on)
                 group by u.grassroots_kind""", path, on);
        Map<String, Long> members = counts("""
                select u.grassroots_kind, count(*) from member m join union_org u on u.id = m.union_id
                 where u.path like :p and m.joined_on <= :on and (m.left_on is null or m.left_on > :on)
                 group by u.grassroots_kind""", path, on);
        ws.value(0, 0, "基层工会类型");
        ws.value(0, 1, "基层工会数（家）");
        ws.value(0, 2, "工会会员数（名）");
        ws.width(0, 20);
        ws.width(1, 16);
        ws.width(2, 16);
        int r = 1;
        for (var kind : dictionaries.entries("grassroots_kind")) {
            ws.value(r, 0, kind.label());
            ws.value(r, 1, unions.getOrDefault(kind.code(), 0L));
            ws.value(r, 2, members.getOrDefault(kind.code(), 0L));
            r++;
        }
        long other = members.entrySet().stream().filter(e -> e.getKey() == null).mapToLong(Map.Entry::getValue).sum();
        ws.value(r, 0, "工会联合会等直属会员");
        ws.value(r, 1, 0);
        ws.value(r, 2, other);
    }

    private Map<String, Long> counts(String sql, String path, LocalDate on) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql).param("p", path).param("on", on).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
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

    private static LocalDate defaultEnd() {
        LocalDate today = LocalDate.now();
        LocalDate sept30 = LocalDate.of(today.getYear(), 9, 30);
        return today.isAfter(sept30) ? sept30 : sept30.minusYears(1);
    }
}
