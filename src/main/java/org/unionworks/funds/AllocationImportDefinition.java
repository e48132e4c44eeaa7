package org.unionworks.funds;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.funds.web.AllocationRequest;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** A union's allocations and grants of a period as its finance office lists them: one row per allocation. */
@Component
class AllocationImportDefinition implements ImportDefinition<AllocationRequest> {

    private final AllocationService service;
    private final Scopes scopes;

    AllocationImportDefinition(AllocationService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() { return "FundAllocation"; }

    @Override
    public String path() { return "/api/fund-allocations"; }

    @Override
    public String permission() { return "funds:write"; }

    @Override
    public String title() { return "经费拨付补助"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.union("unionId", "拨付工会", "100"),
                Column.required("purpose", "用途", "普惠服务项目").note("补助下级工会、普惠服务项目、困难职工帮扶、服务阵地建设 或 其他项目"),
                Column.optional("toUnionId", "拨付对象工会", "").note("用途为补助下级工会时填，须是拨付工会的下级；" + Column.UNION_NOTE),
                Column.optional("programmeKind", "普惠服务项目", "送温暖").dict("programme_kind").note("用途为普惠服务项目时填"),
                Column.optional("project", "项目名称", "").note("用途为其他项目时填"),
                Column.required("amount", "金额（元）", "50000").plausible("100", "100000000"),
                Column.required("allocatedOn", "拨付日期", "2026-03-10"),
                Column.required("approvalNo", "审批文号", "拨〔2026〕3号"),
                Column.required("approvedBy", "审批人", "王主席"),
                Column.optional("note", "备注", ""));
    }

    @Override
    public AllocationRequest parse(ImportRow row) {
        Long union = row.union("unionId", scopes);
        String purposeText = row.text("purpose");
        String purpose = purposeText == null ? null : Arrays.stream(FundAllocation.Purpose.values())
                .filter(p -> p.label.equals(purposeText) || p.name().equals(purposeText)).map(Enum::name).findFirst().orElse(null);
        if (purposeText != null && purpose == null) {
            row.error("用途“" + purposeText + "”应为补助下级工会、普惠服务项目、困难职工帮扶、服务阵地建设或其他项目");
        }
        Long to = row.union("toUnionId", scopes);
        BigDecimal amount = row.amount("amount", new BigDecimal("0.01"), new BigDecimal("999999999999.99"));
        return new AllocationRequest(union, to, purpose, row.dict("programmeKind"), row.text("project", 200), amount, row.pastDate("allocatedOn"),
                row.text("approvalNo", 50), row.text("approvedBy", 50), row.text("note", 200), null);
    }

    /** Each row through the service, so that its rules (a lower union, an open month) hold and a bad one rolls the file back. */
    @Override
    public ImportCounts write(List<AllocationRequest> rows) {
        rows.forEach(service::create);
        return new ImportCounts(rows.size(), 0, 0);
    }
}
