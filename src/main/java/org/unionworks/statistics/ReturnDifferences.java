package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditHistory;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.statistics.web.StatisticsViews;

/**
 * Why an approved return's frozen values and today's figures differ: each computed cell recomputed from today's records,
 * its records compared with those frozen at submission, and each record that differs explained by what the audit log
 * says happened to it since (entered late, corrected, deleted, moved to another union).
 */
@Component
class ReturnDifferences {

    private static final int ROWS_SHOWN = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AnnualForms forms;
    private final ReturnValues values;
    private final ReturnPrefill prefill;
    private final Figures figures;
    private final AuditHistory history;
    private final OrgDirectory orgs;
    private final ReportingPeriods periods;
    private final AnnualReturnQueries queries;

    ReturnDifferences(AnnualForms forms, ReturnValues values, ReturnPrefill prefill, Figures figures, AuditHistory history,
                      OrgDirectory orgs, ReportingPeriods periods, AnnualReturnQueries queries) {
        this.forms = forms;
        this.values = values;
        this.prefill = prefill;
        this.figures = figures;
        this.history = history;
        this.orgs = orgs;
        this.periods = periods;
        this.queries = queries;
    }

    StatisticsViews.Differences of(AnnualReturn r) {
        if (r.getStatus() != AnnualReturn.Status.APPROVED) {
            throw new ConflictException("只有已审核锁定的调查表才能与今天的业务记录比较");
        }
        AnnualForm form = forms.get(r.getFormId());
        ReportingPeriods.Period year = periods.of(ReportingPeriods.Kind.STATISTICAL, r.getStatYear());
        Map<String, BigDecimal> frozen = values.of(r.getId());
        List<StatisticsViews.CellDifference> cells = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (form.level() == AnnualForm.Level.FEDERATION) {
            cells.addAll(federationCells(r, form, frozen, year));
            notes.add("基层以上工会调查表的数值是下级已审核调查表之和，这里与今天按记录计算的本级及下级合计比较（含未列入年报和年报开始后新建的工会）；"
                    + "逐条差异请打开下级的基层工会调查表查看");
        } else {
            Map<String, BigDecimal> now = prefill.figures(form, r.getUnionId(), year);
            for (AnnualForm.Cell c : form.figureCells()) {
                StatisticsViews.CellDifference d = cell(r, c, frozen.get(c.code()), now.get(c.code()), year);
                if (d != null) {
                    cells.add(d);
                }
            }
        }
        orgs.anyUnion(r.getUnionId()).filter(u -> !u.active())
                .ifPresent(u -> notes.add("该工会已撤销或已合并，其记录已移交承接的工会，今天按原工会统计的数值随之减少"));
        return new StatisticsViews.Differences(queries.row(r), r.getSubmittedAt(), notes.isEmpty() ? null : String.join("。", notes), cells);
    }

    /** A federation's sums against today's figures for its subtree, by the figure the same cell of the grassroots form names. */
    private List<StatisticsViews.CellDifference> federationCells(AnnualReturn r, AnnualForm form, Map<String, BigDecimal> frozen,
                                                                 ReportingPeriods.Period year) {
        Map<String, String> keys = forms.figureKeys(form, r.getStatYear());
        Map<String, Number> today = new HashMap<>();
        figures.compute(r.getUnionId(), year.to(), year.from(), year.to(), keys.values()).forEach(v -> today.put(v.key(), v.value()));
        List<StatisticsViews.CellDifference> cells = new ArrayList<>();
        keys.forEach((code, key) -> {
            BigDecimal then = frozen.get(code);
            BigDecimal now = ReturnPrefill.decimal(today.get(key));
            BigDecimal difference = now.subtract(orZero(then));
            if (difference.signum() != 0) {
                AnnualForm.Cell c = form.cell(code).orElseThrow();
                cells.add(new StatisticsViews.CellDifference(code, c.label(), c.unit(), then, now, difference, false, 0, 0, 0, List.of()));
            }
        });
        return cells;
    }

    private StatisticsViews.CellDifference cell(AnnualReturn r, AnnualForm.Cell c, BigDecimal then, BigDecimal now,
                                                ReportingPeriods.Period year) {
        Indicator.Rows rowsNow = figures.rows(c.figureKey(), r.getUnionId(), year.to(), year.from(), year.to());
        BigDecimal difference = orZero(now).subtract(orZero(then));
        if (rowsNow == null) {
            return difference.signum() == 0 ? null : new StatisticsViews.CellDifference(c.code(), c.label(), c.unit(), then, now, difference,
                    false, 0, 0, 0, List.of());
        }
        Map<Long, BigDecimal> before = values.frozenRows(r.getId(), c.code());
        Map<Long, BigDecimal> after = new HashMap<>();
        rowsNow.contributions().forEach((id, v) -> after.put(id, ReturnPrefill.decimal(v)));
        Map<Long, String> change = new LinkedHashMap<>();
        TreeSet<Long> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (long id : ids) {
            BigDecimal b = before.get(id);
            BigDecimal a = after.get(id);
            String kind = b == null ? "ADDED" : a == null ? "REMOVED" : b.compareTo(a) != 0 ? "CHANGED" : null;
            if (kind != null) {
                change.put(id, kind);
            }
        }
        if (difference.signum() == 0 && change.isEmpty()) {
            return null;
        }
        List<Long> shown = change.keySet().stream().limit(ROWS_SHOWN).toList();
        Map<Long, Indicator.RowInfo> info = figures.rowInfo(c.figureKey(), shown);
        Map<String, List<AuditHistory.Change>> changes = new HashMap<>();
        history.since(rowsNow.entity(), shown, r.getSubmittedAt()).forEach(h -> changes.computeIfAbsent(h.entityId(), k -> new ArrayList<>()).add(h));
        List<StatisticsViews.RowDifference> rows = new ArrayList<>();
        for (long id : shown) {
            Indicator.RowInfo i = info.get(id);
            List<AuditHistory.Change> since = changes.getOrDefault(String.valueOf(id), List.of());
            rows.add(new StatisticsViews.RowDifference(rowsNow.entity(), id, i == null ? "编号" + id : i.label(), change.get(id),
                    before.get(id), after.get(id), explain(change.get(id), since, i, r.getSubmittedAt()),
                    since.stream().map(ReturnDifferences::line).toList()));
        }
        return new StatisticsViews.CellDifference(c.code(), c.label(), c.unit(), then, now, difference, true,
                count(change, "ADDED"), count(change, "REMOVED"), count(change, "CHANGED"), rows);
    }

    /** The reason in a sentence: what the audit log says happened to the record since the values were frozen. */
    static String explain(String kind, List<AuditHistory.Change> since, Indicator.RowInfo info, OffsetDateTime frozenAt) {
        if (since.stream().anyMatch(h -> h.action() == AuditAction.DELETE)) {
            return "锁定后删除了这条记录";
        }
        if (since.stream().anyMatch(h -> h.action() == AuditAction.CREATE)) {
            return "锁定后补录了这条记录（其日期在统计期内）";
        }
        List<String> fields = since.stream().filter(h -> h.action() == AuditAction.UPDATE || h.action() == AuditAction.MOVE)
                .flatMap(h -> h.fields().stream()).distinct().toList();
        if (!fields.isEmpty()) {
            boolean moved = fields.stream().anyMatch(f -> f.contains("工会"));
            return (moved ? "锁定后转到了其他工会或从其他工会转入；" : "锁定后更正了记录；") + "改动的项目：" + String.join("、", fields);
        }
        if (info != null && info.enteredAt() != null && info.enteredAt().isAfter(frozenAt)) {
            return "锁定后录入（批量导入，见审计日志中的导入记录）";
        }
        return "ADDED".equals(kind) ? "锁定后这条记录被计入（经批量处理，如工会合并时移交）"
                : "锁定后这条记录不再计入（经批量处理，如工会合并时移交）";
    }

    private static String line(AuditHistory.Change h) {
        boolean edit = h.action() == AuditAction.UPDATE || h.action() == AuditAction.MOVE;
        return h.at().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(DAY) + " " + (h.username() == null ? "系统" : h.username())
                + " " + ACTIONS.getOrDefault(h.action(), h.action().name()) + (edit && !h.fields().isEmpty() ? "：" + String.join("、", h.fields()) : "");
    }

    private static final Map<AuditAction, String> ACTIONS = Map.of(AuditAction.CREATE, "新增", AuditAction.UPDATE, "修改",
            AuditAction.DELETE, "删除", AuditAction.MOVE, "移交", AuditAction.IMPORT, "导入", AuditAction.CLOSE, "撤销");

    private static int count(Map<Long, String> change, String kind) {
        return (int) change.values().stream().filter(kind::equals).count();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
