package org.unionworks.rights;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** Import of cases already handled elsewhere (e.g. a campaign's ledger): accepted, and closed when a closing date is given. */
@Component
class CaseImportDefinition implements ImportDefinition<CaseImportDefinition.Row> {

    /** What a case may claim or recover: a billion yuan, far below the columns' numeric(14, 2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    record Row(long unionId, CaseFields fields, java.time.LocalDate closedOn, BigDecimal recovered, Integer helped, String outcome) {
    }

    private final RightsService service;
    private final Scopes scopes;

    CaseImportDefinition(RightsService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "RightsCase";
    }

    @Override
    public String path() {
        return "/api/rights/cases";
    }

    @Override
    public String permission() {
        return "rights:import";
    }

    @Override
    public String title() {
        return "维权案件";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "受理工会编号", "100"),
                Column.required("kind", "案件类别", "欠薪").dict("case_kind"),
                Column.required("employerName", "涉及单位", "某某建筑劳务公司"),
                Column.required("workersCount", "涉及职工人数", "12"),
                Column.optional("amountClaimed", "诉求金额（元）", "240000").plausible("100", "100000000")
                        .note("单位元，可写“24万”；不足100元的请注明单位"),
                Column.optional("partnerAgency", "协同部门", "区人社局"),
                Column.required("acceptedOn", "受理日期", "2026-01-05"),
                Column.optional("closedOn", "办结日期", "2026-01-20").note("已办结的填写"),
                Column.optional("amountRecovered", "追回金额（元）", "240000").plausible("100", "100000000"),
                Column.optional("workersHelped", "获助职工人数", "12"),
                Column.optional("outcome", "办理结果", "协调企业足额支付"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        Integer workers = row.integer("workersCount", 1, 100_000);
        BigDecimal claimed = row.amount("amountClaimed", BigDecimal.ZERO, MAX_AMOUNT);
        BigDecimal recovered = row.amount("amountRecovered", BigDecimal.ZERO, MAX_AMOUNT);
        Integer helped = row.integer("workersHelped", 0, 100_000);
        var closedOn = row.pastDate("closedOn");
        CaseFields f = new CaseFields(row.dict("kind"), row.text("employerName", 200), workers == null ? 1 : workers,
                claimed == null ? BigDecimal.ZERO : claimed, row.text("partnerAgency", 100), null, row.pastDate("acceptedOn"),
                null, List.of());
        if (unionId == null || workers == null || f.acceptedOn() == null) {
            return null;
        }
        service.problems(f).stream().map(FieldProblem::message).forEach(row::error);
        if (closedOn != null && closedOn.isBefore(f.acceptedOn())) {
            row.error("办结日期不能早于受理日期");
        }
        if (helped != null && helped > workers) {
            row.error("获助职工人数不能多于涉及职工人数");
        }
        return new Row(unionId, f, closedOn, recovered, helped, row.text("outcome", 500));
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        for (Row r : rows) {
            RightsCase c = service.accept(r.unionId(), r.fields());
            if (r.closedOn() != null) {
                service.step(c.getId(), "CLOSED", r.closedOn(), r.outcome() == null ? "办结（导入）" : r.outcome(),
                        r.recovered(), r.helped());
            }
        }
        return new ImportCounts(rows.size(), 0, 0);
    }
}
