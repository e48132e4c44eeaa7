package org.unionworks.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.platform.error.FieldProblem;
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
    private final UnionOrgRepository orgs;
    private final Headcounts headcounts;
    private final Scopes scopes;
    private final RegisterLookups lookups;
    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final KeyLookups keys;

    EmployerImportDefinition(EmployerService service, UnionOrgRepository orgs, Headcounts headcounts,
                             Scopes scopes, RegisterLookups lookups, JdbcClient jdbc, BulkWriter bulk, KeyLookups keys) {
        this.lookups = lookups;
        this.service = service;
        this.orgs = orgs;
        this.headcounts = headcounts;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.keys = keys;
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
        if (coveredFrom != null && coveredFrom.isAfter(LocalDate.now())) {
            row.error("涵盖起始日期不能晚于今天");
        }
        service.fieldProblems(fields).stream().map(FieldProblem::message).forEach(row::error);
        return new Row(row.number(), unionId, fields, coveredFrom);
    }

    /**
     * What the register says about the chunk's rows: a code registered outside the caller's subtree is refused; a grassroots
     * union covers the employer only when no other union covers it, and one that is not a joint union covers one employer
     * (two rows naming it are refused as well); coverage starts no earlier than the employer's 登记日期.
     */
    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        RegisterLookups.Chunk register = lookups.chunk(rows.get(0).shared(), rows.stream().map(r -> r.value().fields().creditCode()).toList(),
                rows.stream().map(r -> r.value().unionId()).distinct().toList());
        for (Checked<Row> r : rows) {
            Row row = r.value();
            RegisterLookups.Registered known = register.employers().get(row.fields().creditCode());
            if (known != null && !known.visible()) {
                r.error(EmployerService.OUTSIDE_SCOPE);
                continue;
            }
            LocalDate registeredOn = row.fields().registeredOn() != null ? row.fields().registeredOn()
                    : known != null ? known.registeredOn() : LocalDate.now();
            if (row.coveredFrom() != null && row.coveredFrom().isBefore(registeredOn)) {
                r.error("涵盖起始日期不能早于单位登记日期 " + registeredOn);
            }
            RegisterLookups.Keeper keeper = register.unions().get(row.unionId());
            String cover = keeper == null || !keeper.grassroots() ? null : register.coverProblem(row.unionId(), known, r.rowNumber());
            if (cover != null) {
                r.error(cover);
            } else if (keeper != null && keeper.grassroots() && known != null && known.coveringUnion() == null) {
                String resumed = resumedCoverageProblem(known, EmployerService.coverageStart(keeper.foundedOn(), registeredOn, row.coveredFrom()));
                if (resumed != null) {
                    r.error(resumed);
                }
            }
        }
    }

    /** A registered employer covered again: open, and not from before its last coverage ended. */
    private static String resumedCoverageProblem(RegisterLookups.Registered known, LocalDate start) {
        if (!known.active()) {
            return "单位已注销，不能再由工会涵盖";
        }
        if (known.lastEnded() != null && start.isBefore(known.lastEnded())) {
            return "涵盖起始日期不能早于上一段涵盖的结束日期 " + known.lastEnded();
        }
        return null;
    }

    @Override
    public Object key(Row row) {
        return "统一社会信用代码 " + row.fields().creditCode();
    }

    /**
     * New employers by COPY with their first headcounts and coverages in one statement each (the figures' tallies follow
     * every statement on those tables: one employer at a time cost 20 ms); changed ones through the entity, so that the
     * audit log has each change with before and after.
     */
    @Override
    public ImportCounts write(List<Row> rows) {
        Map<String, Long> known = idsByCode(rows);
        List<Row> fresh = rows.stream().filter(r -> !known.containsKey(r.fields().creditCode())).toList();
        Map<Long, Integer> counted = new HashMap<>();
        insert(fresh, counted);
        int updated = 0;
        for (Row row : rows) {
            Long id = known.get(row.fields().creditCode());
            if (id == null) {
                continue;
            }
            Employer existing = service.get(id);
            if (!existing.fields().equals(withDecision(row.fields(), existing))) {
                int before = existing.getEmployeeCount();
                service.updateUncounted(id, existing.getVersion(), row.fields());
                if (before != row.fields().employeeCount()) {
                    counted.put(id, row.fields().employeeCount());
                }
                updated++;
            }
            service.coverFromImport(row.unionId(), id, row.coveredFrom());
        }
        headcounts.countAll(counted, LocalDate.now());
        return new ImportCounts(fresh.size(), updated, rows.size() - fresh.size() - updated);
    }

    /**
     * After a thousand new employers or more the planner's statistics still describe the register before them (autovacuum
     * analyzes it later): the funds import's tally trigger then joined a month's entries to "120 employers" that were 10,120
     * by reading them all for each entry (a funds import after this one ran 4x slower in one benchmark run in two).
     */
    @Override
    public void afterCommit(ImportCounts written) {
        if (bulk.postgres() && written.created() >= 1_000) {
            jdbc.sql("analyze employer, employer_headcount, union_org_employer").update();
        }
    }

    private void insert(List<Row> fresh, Map<Long, Integer> counted) {
        if (fresh.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Employer> made = fresh.stream().map(r -> new Employer(r.unionId(), r.fields(), service.shouldHave(r.fields()))).toList();
        bulk.write("employer", INSERT_COLUMNS, made.stream().map(e -> newEmployer(e, now)).iterator());
        Map<String, Long> ids = idsByCode(fresh);
        List<Object[]> coverages = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Row row = fresh.get(i);
            long id = ids.get(row.fields().creditCode());
            counted.put(id, made.get(i).getEmployeeCount());
            UnionOrg union = orgs.findById(row.unionId()).orElseThrow();
            if (union.getOrgType() == OrgType.GRASSROOTS) {
                coverages.add(new Object[] {row.unionId(), id, EmployerService.coverageStart(union.getFoundedOn(), made.get(i).getRegisteredOn(),
                    row.coveredFrom()), id, 0});
            }
        }
        bulk.write("union_org_employer", List.of("union_id", "employer_id", "from_date", "current_employer_id", "version"),
                coverages.iterator());
    }

    private Map<String, Long> idsByCode(List<Row> rows) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, credit_code from employer where " + keys.oneOf("credit_code", "codes"))
                .param("codes", KeyLookups.keys("varchar", rows.stream().map(r -> r.fields().creditCode()).toList()))
                .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        return ids;
    }

    private static final List<String> INSERT_COLUMNS = List.of("union_id", "name", "credit_code", "ownership_type", "industry",
            "division_code", "address", "employee_count", "female_count", "migrant_count", "new_form_count", "should_have_union",
            "registered_on", "registered_on_precision", "status", "version", "created_at", "updated_at");

    private static Object[] newEmployer(Employer e, OffsetDateTime now) {
        EmployerFields f = e.fields();
        return new Object[] {e.getUnionId(), f.name(), f.creditCode(), f.ownershipType(), f.industry(), f.divisionCode(), f.address(),
            f.employeeCount(), f.femaleCount(), f.migrantCount(), f.newFormCount(), f.shouldHaveUnion(), f.registeredOn(),
            f.registeredOnPrecision().name(), "ACTIVE", 0, now, now};
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
