package org.unionworks.funds;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.funds.web.FundsAuditRequest;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** The 经审会's yearly audit plan as a sheet: one row per audit planned. */
@Component
class AuditPlanImportDefinition implements ImportDefinition<FundsAuditRequest> {

    private final FundsAuditService service;
    private final Scopes scopes;

    AuditPlanImportDefinition(FundsAuditService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() { return "FundsAudit"; }

    @Override
    public String path() { return "/api/funds-audits"; }

    @Override
    public String permission() { return "funds:write"; }

    @Override
    public String title() { return "经费审查计划"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.union("unionId", "被审查单位", "100"),
                Column.required("year", "计划年度", "2026"),
                Column.required("kind", "审查类型", "工会经费收支").note("工会经费收支 或 专项资金"),
                Column.optional("project", "项目名称", "").note("专项资金审查时填"),
                Column.required("scope", "审查范围", "2025年度工会经费收支情况"),
                Column.required("coversFrom", "审查期间起", "2025-01-01"),
                Column.required("coversTo", "审查期间止", "2025-12-31"),
                Column.required("plannedMonth", "计划实施月份", "2026-06").note("年月，须在计划年度内"),
                Column.optional("auditors", "审查人员", ""));
    }

    @Override
    public FundsAuditRequest parse(ImportRow row) {
        String kindText = row.text("kind");
        String kind = kindText == null ? null : kindText.startsWith("专项") || kindText.equals("PROJECT") ? "PROJECT"
                : kindText.startsWith("工会经费") || kindText.equals("UNION") ? "UNION" : null;
        if (kindText != null && kind == null) {
            row.error("审查类型“" + kindText + "”应为工会经费收支或专项资金");
        }
        String month = row.text("plannedMonth");
        if (month != null && FundsMonths.parse(month) == null) {
            row.error("计划实施月份“" + month + "”应为年月，如 2026-06");
        }
        return new FundsAuditRequest(row.union("unionId", scopes), row.integer("year", 2000, 2100), kind, row.text("project", 200),
                row.text("scope", 500), row.date("coversFrom"), row.date("coversTo"), row.text("auditors", 200), month, null);
    }

    @Override
    public ImportCounts write(List<FundsAuditRequest> rows) {
        rows.forEach(service::plan);
        return new ImportCounts(rows.size(), 0, 0);
    }
}
