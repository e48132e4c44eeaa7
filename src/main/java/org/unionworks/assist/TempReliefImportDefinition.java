package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.assist.web.ReliefRequest;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.IdNumbers;

/** 临时救助 from a spreadsheet: last year's ledger as well as this month's, each row one relief given. */
@Component
class TempReliefImportDefinition implements ImportDefinition<ReliefRequest> {

    private final AidService service;
    private final Scopes scopes;

    TempReliefImportDefinition(AidService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "TempRelief";
    }

    @Override
    public String path() {
        return "/api/temp-reliefs";
    }

    @Override
    public String permission() {
        return "assist:import";
    }

    @Override
    public String title() {
        return "临时救助";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "工会编号", "100").note("救助对象所在的工会：" + Column.UNION_NOTE),
                Column.required("name", "姓名", "王五"),
                Column.required("idNumber", "身份证号", "110101199003074514"),
                Column.required("reason", "救助原因", "突发重病"),
                Column.required("reliefOn", "救助日期", "2026-02-10"),
                Column.required("amount", "金额（元）", "2000").plausible("10", "100000")
                        .note("单位元，可写“2.2万”；常见范围10元至10万元，超出的请注明单位"),
                Column.optional("fundSource", "资金来源", "市总帮扶资金"));
    }

    @Override
    public ReliefRequest parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        String id = IdNumbers.normalize(row.text("idNumber"));
        String problem = id == null ? null : IdNumbers.problem(id, LocalDate.now());
        if (problem != null) {
            row.error(problem);
        }
        ReliefRequest r = new ReliefRequest(unionId, row.text("name", 50), id, row.text("reason", 200), row.pastDate("reliefOn"),
                row.amount("amount", new BigDecimal("0.01"), BigDecimal.valueOf(1_000_000)), row.text("fundSource", 100));
        boolean complete = unionId != null && problem == null && r.name() != null && r.reason() != null
                && r.reliefOn() != null && r.amount() != null;
        return complete ? r : null;
    }

    @Override
    public ImportCounts write(List<ReliefRequest> rows) {
        rows.forEach(service::relieve);
        return new ImportCounts(rows.size(), 0, 0);
    }
}
