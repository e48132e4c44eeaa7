package org.unionworks.governance;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** Problem lists as they arrive from audits and inspections, into the rectification ledger. */
@Component
class ProblemImportDefinition implements ImportDefinition<ProblemLedger.Problem> {

    private final RectificationService service;
    private final Scopes scopes;

    ProblemImportDefinition(RectificationService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "Rectification";
    }

    @Override
    public String path() {
        return "/api/rectifications";
    }

    @Override
    public String permission() {
        return "governance:write";
    }

    @Override
    public String title() {
        return "问题清单";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "整改单位编号", "100"),
                Column.required("source", "问题来源", "审计").dict("problem_source"),
                Column.required("category", "问题类别", "财务管理").dict("problem_category"),
                Column.required("description", "问题描述", "部分报销凭证审批手续不全"),
                Column.required("ownerPerson", "责任人", "王会计"),
                Column.optional("ownerDepartment", "责任部门", "财务部"),
                Column.optional("measures", "整改措施", "补齐审批手续并建立台账"),
                Column.required("foundOn", "发现日期", "2026-03-01"),
                Column.required("deadline", "整改期限", "2026-06-30"));
    }

    @Override
    public ProblemLedger.Problem parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        var p = new ProblemLedger.Problem(unionId == null ? 0 : unionId, row.dict("source"), row.dict("category"),
                row.text("description", 1000), row.text("ownerPerson", 50), row.text("ownerDepartment", 100),
                row.text("measures", 1000), row.date("deadline"), row.pastDate("foundOn"), null);
        if (p.foundOn() != null && p.deadline() != null && p.deadline().isBefore(p.foundOn())) {
            row.error("整改期限不能早于发现日期");
        }
        return unionId == null ? null : p;
    }

    @Override
    public ImportCounts write(List<ProblemLedger.Problem> rows) {
        rows.forEach(service::record);
        return new ImportCounts(rows.size(), 0, 0);
    }
}
