package org.unionworks.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.ApproximateDate;
import org.unionworks.platform.validation.CreditCodes;

/** Import of employers, upserted by unified social credit code. */
@Component
class EmployerImportDefinition implements ImportDefinition<EmployerImportDefinition.Row> {

    record Row(int number, long unionId, EmployerFields fields, LocalDate coveredFrom) {
    }

    private final EmployerService service;
    private final EmployerRepository employers;
    private final Scopes scopes;

    EmployerImportDefinition(EmployerService service, EmployerRepository employers, Scopes scopes) {
        this.service = service;
        this.employers = employers;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "Employer";
    }

    @Override
    public String path() {
        return "/api/employers";
    }

    @Override
    public String permission() {
        return "org:import";
    }

    @Override
    public String title() {
        return "单位";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.required("name", "单位名称", "某某科技有限公司"),
                Column.required("creditCode", "统一社会信用代码", "91440300MA5XXXXXXX").note("18位，按 GB 32100 校验；已登记的代码将更新该单位"),
                Column.union("unionId", "管辖工会编号", "100").note("负责该单位的工会（所在区域的总工会或涵盖它的基层工会）；是基层工会的，"
                        + "导入即建立涵盖关系（计入涵盖单位数）：" + Column.UNION_NOTE),
                Column.optional("ownershipType", "经济类型", "私营企业").dict("ownership_type"),
                Column.optional("industry", "行业门类", "制造业").dict("industry"),
                Column.optional("divisionCode", "行政区划代码", "440305"),
                Column.optional("address", "地址", "某某路1号"),
                Column.required("employeeCount", "职工人数", "120"),
                Column.optional("femaleCount", "女职工人数", "50"),
                Column.optional("migrantCount", "农民工人数", "30"),
                Column.optional("newFormCount", "新就业形态劳动者人数", "0"),
                Column.optional("registeredOn", "登记日期", "2020-01-15").note("yyyy-MM-dd；只知年份或年月的填 2015 或 2015-06；"
                        + "不知道的填“日期不详，按2015-01-01计”，留空或“日期不详”按导入当天计（均列入数据质量清单）"),
                Column.optional("shouldHaveUnion", "应建会", "是").note("是/否；留空则按职工人数是否达到建会标准自动判断"),
                Column.optional("coveredFrom", "涵盖起始日期", "2021-03-01").note("管辖工会是基层工会时，它涵盖该单位的起始日期；留空取单位登记日期与工会成立日期中较晚者"));
    }

    @Override
    public Row parse(ImportRow row) {
        String name = row.text("name", 200);
        String code = CreditCodes.normalize(row.text("creditCode"));
        if (code != null && CreditCodes.problem(code) != null) {
            row.error(CreditCodes.problem(code));
        }
        Long unionId = row.union("unionId", scopes);
        Integer employees = row.integer("employeeCount", 0, 10_000_000);
        int female = orZero(row.integer("femaleCount", 0, 10_000_000));
        int migrant = orZero(row.integer("migrantCount", 0, 10_000_000));
        int newForm = orZero(row.integer("newFormCount", 0, 10_000_000));
        Boolean shouldHave = row.yesNo("shouldHaveUnion");
        ApproximateDate registered = row.approximateDate("registeredOn");
        EmployerFields fields = new EmployerFields(name, code, row.dict("ownershipType"), row.dict("industry"),
                row.text("divisionCode"), row.text("address", 200), employees == null ? 0 : employees, female, migrant,
                newForm, shouldHave, registered == null ? null : registered.date(), registered == null ? null : registered.precision());
        LocalDate coveredFrom = row.date("coveredFrom");
        if (name == null || code == null || unionId == null || employees == null) {
            return null;
        }
        String coverage = service.coverageProblem(unionId, code, coveredFrom);
        if (coverage != null) {
            row.error(coverage);
        }
        try {
            service.check(fields, employers.findByCreditCode(code).orElse(null));
        } catch (InvalidInputException e) {
            e.problems().stream().map(FieldProblem::message).forEach(row::error);
        }
        return new Row(row.number(), unionId, fields, coveredFrom);
    }

    /** A grassroots union that is not a joint union covers one employer: two rows naming it are refused. */
    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Integer> firstRow = (Map<Long, Integer>) rows.get(0).shared().computeIfAbsent("singleUnions", k -> new HashMap<Long, Integer>());
        for (Checked<Row> r : rows) {
            if (service.coversOneOnly(r.value().unionId())) {
                Integer first = firstRow.putIfAbsent(r.value().unionId(), r.rowNumber());
                if (first != null) {
                    r.error("单独建会的基层工会只涵盖一家单位，与第" + first + "行重复；涵盖多家单位的请设为联合基层工会");
                }
            }
        }
    }

    @Override
    public Object key(Row row) {
        return "统一社会信用代码 " + row.fields().creditCode();
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            var existing = employers.findByCreditCode(row.fields().creditCode());
            if (existing.isEmpty()) {
                long id = service.create(row.unionId(), row.fields()).getId();
                service.coverFromImport(row.unionId(), id, row.coveredFrom());
                created++;
            } else if (existing.get().fields().equals(withDecision(row.fields(), existing.get()))) {
                unchanged++;
            } else {
                service.update(existing.get().getId(), existing.get().getVersion(), row.fields());
                updated++;
            }
            existing.ifPresent(e -> service.coverFromImport(row.unionId(), e.getId(), row.coveredFrom()));
        }
        return new ImportCounts(created, updated, unchanged);
    }

    /** Compares with the saved decision when the row leaves "应建会" to the threshold. */
    private EmployerFields withDecision(EmployerFields f, Employer saved) {
        boolean decided = f.shouldHaveUnion() != null ? f.shouldHaveUnion() : f.employeeCount() >= service.threshold();
        return new EmployerFields(f.name(), f.creditCode(), f.ownershipType(), f.industry(), f.divisionCode(),
                f.address(), f.employeeCount(), f.femaleCount(), f.migrantCount(), f.newFormCount(), decided,
                f.registeredOn() == null ? saved.getRegisteredOn() : f.registeredOn(),
                f.registeredOn() == null ? saved.getRegisteredOnPrecision() : f.registeredOnPrecision());
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
