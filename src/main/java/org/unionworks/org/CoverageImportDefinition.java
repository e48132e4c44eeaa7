package org.unionworks.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/** 涵盖关系: which grassroots union covers which registered employer from when — a joint union's list of employers, say. */
@Component
class CoverageImportDefinition implements ImportDefinition<CoverageImportDefinition.Row> {

    /** One parsed row; the chunk's check keeps what the register says of its union and employer, for the writing. */
    static final class Row {
        private final long unionId;
        private final String creditCode;
        private final LocalDate from;
        private RegisterLookups.Keeper union;
        private RegisterLookups.Registered employer;

        Row(long unionId, String creditCode, LocalDate from) {
            this.unionId = unionId;
            this.creditCode = creditCode;
            this.from = from;
        }

        long unionId() {
            return unionId;
        }

        String creditCode() {
            return creditCode;
        }

        LocalDate from() {
            return from;
        }
    }

    private final EmployerService service;
    private final RegisterLookups lookups;
    private final BulkWriter bulk;
    private final JdbcClient jdbc;
    private final Scopes scopes;

    CoverageImportDefinition(EmployerService service, RegisterLookups lookups, BulkWriter bulk, JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.service = service;
        this.lookups = lookups;
        this.bulk = bulk;
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
        if (from != null && from.isAfter(LocalDate.now())) {
            row.error("涵盖起始日期不能晚于今天");
        }
        if (unionId == null || code == null) {
            return null;
        }
        return new Row(unionId, code, from);
    }

    /**
     * The chunk's rows against the register, read in one query for its codes and one for its unions: the union a grassroots
     * union, the employer registered, open and in the caller's subtree, not covered by another union, a union that is not
     * a joint one covering one employer only (two rows naming it refused as well), and the start no earlier than the
     * employer's 登记日期 or the end of its last coverage.
     */
    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        RegisterLookups.Chunk register = lookups.chunk(rows.get(0).shared(), rows.stream().map(r -> r.value().creditCode()).toList(),
                rows.stream().map(r -> r.value().unionId()).distinct().toList());
        for (Checked<Row> r : rows) {
            r.value().union = register.unions().get(r.value().unionId());
            r.value().employer = register.employers().get(r.value().creditCode());
            String problem = problem(r, register);
            if (problem != null) {
                r.error(problem);
            }
        }
    }

    private static String problem(Checked<Row> r, RegisterLookups.Chunk register) {
        Row row = r.value();
        RegisterLookups.Keeper union = register.unions().get(row.unionId());
        RegisterLookups.Registered employer = register.employers().get(row.creditCode());
        if (union == null || !union.grassroots()) {
            return "只有基层工会才能涵盖单位";
        }
        if (employer == null || !employer.visible()) {
            return "单位库中没有统一社会信用代码为 " + row.creditCode() + " 的单位（或不在您的管辖范围内），请先导入单位";
        }
        if (employer.coveringUnion() != null && employer.coveringUnion() == row.unionId()) {
            return null;
        }
        String cover = register.coverProblem(row.unionId(), employer, r.rowNumber());
        if (cover != null) {
            return cover;
        }
        if (!employer.active()) {
            return "单位已注销";
        }
        LocalDate start = start(row, employer, union);
        if (start.isBefore(employer.registeredOn())) {
            return "涵盖起始日期不能早于单位登记日期 " + employer.registeredOn();
        }
        if (employer.lastEnded() != null && start.isBefore(employer.lastEnded())) {
            return "涵盖起始日期不能早于上一段涵盖的结束日期 " + employer.lastEnded();
        }
        return null;
    }

    private static LocalDate start(Row row, RegisterLookups.Registered employer, RegisterLookups.Keeper union) {
        return EmployerService.coverageStart(union.foundedOn(), employer.registeredOn(), row.from());
    }

    @Override
    public Object key(Row row) {
        return "统一社会信用代码 " + row.creditCode();
    }

    /**
     * The chunk's check reads only what was committed before the import (a file names each employer once, and a single
     * union named twice is caught by the rows' shared map): on a connection of its own it no longer sees this import's
     * own coverages in a table whose statistics still call it small, which made the planner scan it once per employer
     * (0.3 s per thousand rows, in about half the guard's runs).
     */
    @Override
    public boolean checksCommittedRows() {
        return true;
    }

    /**
     * New coverages (the register as the chunk's check read it) by one COPY per chunk and the employers' keeping union by one
     * statement per covering union (the figures'
     * tallies follow every statement on both tables: one coverage at a time ran at 29 rows/s); the import's audit entry
     * records them, as it does an employer import's new coverages.
     */
    @Override
    public ImportCounts write(List<Row> rows) {
        List<Object[]> fresh = new ArrayList<>();
        Map<Long, List<Long>> byUnion = new HashMap<>();
        for (Row row : rows) {
            RegisterLookups.Registered employer = row.employer;
            if (employer.coveringUnion() == null) {
                fresh.add(new Object[] {row.unionId(), employer.id(), start(row, employer, row.union), employer.id(), 0});
                byUnion.computeIfAbsent(row.unionId(), k -> new ArrayList<>()).add(employer.id());
            }
        }
        bulk.write("union_org_employer", List.of("union_id", "employer_id", "from_date", "current_employer_id", "version"), fresh.iterator());
        byUnion.forEach(service::assignAll);
        return new ImportCounts(fresh.size(), 0, rows.size() - fresh.size());
    }

    /** As after the employer import: statistics describing the registers before a thousand new coverages mislead the planner. */
    @Override
    public void afterCommit(ImportCounts written) {
        if (bulk.postgres() && written.created() >= 1_000) {
            jdbc.sql("analyze employer, union_org_employer").update();
        }
    }
}
