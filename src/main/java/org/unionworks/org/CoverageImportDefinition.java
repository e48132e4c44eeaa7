package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/** 涵盖关系: which grassroots union covers which registered employer from when — a joint union's list of employers, say. */
@Component
class CoverageImportDefinition implements ImportDefinition<CoverageImportDefinition.Row> {

    record Row(long unionId, String creditCode, LocalDate from) {
    }

    private final EmployerService service;
    private final EmployerRepository employers;
    private final CoverageRepository coverages;
    private final Scopes scopes;

    CoverageImportDefinition(EmployerService service, EmployerRepository employers, CoverageRepository coverages, Scopes scopes) {
        this.service = service;
        this.employers = employers;
        this.coverages = coverages;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "Coverage";
    }

    @Override
    public String path() {
        return "/api/coverages";
    }

    @Override
    public String permission() {
        return "org:import";
    }

    @Override
    public String title() {
        return "涵盖关系";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "基层工会编号", "100").note("涵盖单位的基层工会（联合基层工会可涵盖多家）：" + Column.UNION_NOTE),
                Column.required("creditCode", "统一社会信用代码", "91440300MA5XXXXXXX").note("已在单位库中登记的单位"),
                Column.optional("from", "涵盖起始日期", "2021-03-01").note("yyyy-MM-dd；留空取单位登记日期与工会成立日期中较晚者"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        String code = CreditCodes.normalize(row.text("creditCode"));
        if (code != null && CreditCodes.problem(code) != null) {
            row.error(CreditCodes.problem(code));
        }
        LocalDate from = row.date("from");
        if (unionId == null || code == null) {
            return null;
        }
        if (!service.isGrassroots(unionId)) {
            row.error("只有基层工会才能涵盖单位");
        } else if (employers.findByCreditCode(code).isEmpty()) {
            row.error("单位库中没有统一社会信用代码为 " + code + " 的单位（或不在您的管辖范围内），请先导入单位");
        } else {
            String problem = service.coverageProblem(unionId, code, from);
            if (problem != null) {
                row.error(problem);
            }
        }
        return new Row(unionId, code, from);
    }

    @Override
    public Object key(Row row) {
        return "统一社会信用代码 " + row.creditCode();
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        int created = 0;
        int unchanged = 0;
        for (Row r : rows) {
            long employer = employers.findByCreditCode(r.creditCode()).orElseThrow().getId();
            boolean covered = coverages.findByEmployerIdAndToDateIsNull(employer).filter(c -> c.getUnionId() == r.unionId()).isPresent();
            if (covered) {
                unchanged++;
            } else {
                service.coverFromImport(r.unionId(), employer, r.from());
                created++;
            }
        }
        return new ImportCounts(created, 0, unchanged);
    }
}
