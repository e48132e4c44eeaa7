package org.unionworks.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;

/**
 * The employer register and coverage: which grassroots union covers which employer, from when
 * to when. An employer is covered by at most one grassroots union at a time; an enterprise,
 * institution or social-organization union covers one employer, a 联合基层工会 several.
 */
@Service
class EmployerService {

    private final EmployerRepository employers;
    private final CoverageRepository coverages;
    private final UnionOrgRepository orgs;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final ApplicationEventPublisher events;
    private final int threshold;
    private final Headcounts headcounts;
    private final JdbcClient jdbc;
    private final KeyLookups keys;

    EmployerService(EmployerRepository employers, CoverageRepository coverages, UnionOrgRepository orgs,
                    Dictionaries dictionaries, Scopes scopes, ApplicationEventPublisher events, Headcounts headcounts,
                    JdbcClient jdbc, KeyLookups keys, @Value("${unionworks.org.union-threshold:25}") int threshold) {
        this.headcounts = headcounts;
        this.jdbc = jdbc;
        this.keys = keys;
        this.events = events;
        this.employers = employers;
        this.coverages = coverages;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    @Transactional(readOnly = true)
    Employer get(long id) {
        return employers.findById(id).orElseThrow(() -> new NotFoundException("单位"));
    }

    @Transactional
    Employer create(long unionId, EmployerFields fields) {
        scopes.requireOpen(unionId);
        check(fields, null);
        Employer e = employers.saveAndFlush(new Employer(unionId, fields, shouldHave(fields)));
        headcounts.count(e.getId(), LocalDate.now(), e.getEmployeeCount());
        return e;
    }

    @Transactional
    Employer update(long id, long version, EmployerFields fields) {
        return update(id, version, fields, LocalDate.now());
    }

    /** A changed 职工人数 is kept as counted from {@code countedOn} on. */
    private Employer update(long id, long version, EmployerFields fields, LocalDate countedOn) {
        int before = get(id).getEmployeeCount();
        Employer saved = updateUncounted(id, version, fields);
        if (before != fields.employeeCount()) {
            headcounts.count(id, countedOn, fields.employeeCount());
        }
        return saved;
    }

    /** The update without its headcount: an import counts the employers it changed once per chunk ({@link Headcounts#countAll}). */
    Employer updateUncounted(long id, long version, EmployerFields fields) {
        Employer e = get(id);
        if (e.getVersion() != version) {
            throw new ConflictException("该单位信息已被他人修改，请刷新后重试");
        }
        check(fields, e);
        e.describe(fields, shouldHave(fields));
        return employers.saveAndFlush(e);
    }

    /**
     * 职工人数 as counted on a day (last year's census, a correction): kept in the history; it becomes
     * the employer's current count when no later count exists.
     */
    @Transactional
    Headcount recount(long id, LocalDate on, int employees) {
        Employer e = get(id);
        if (on.isAfter(LocalDate.now()) || on.getYear() < 1900) {
            throw new InvalidInputException("countedOn", "核定日期应在1900年到今天之间");
        }
        if (headcounts.isLatest(id, on)) {
            EmployerFields f = e.fields();
            update(id, e.getVersion(), new EmployerFields(f.name(), f.creditCode(), f.ownershipType(), f.industry(),
                    f.divisionCode(), f.address(), employees, f.femaleCount(), f.migrantCount(), f.newFormCount(), null,
                    f.registeredOn(), f.registeredOnPrecision()), on);
        }
        return headcounts.count(id, on, employees);
    }

    /** An employer that closes stops being covered on the same day. */
    @Transactional
    Employer close(long id, LocalDate on) {
        Employer e = get(id);
        if (!e.isActive()) {
            throw new ConflictException("该单位已注销");
        }
        if (on.isBefore(e.getRegisteredOn())) {
            throw new InvalidInputException("on", "注销日期不能早于登记日期 " + e.getRegisteredOn());
        }
        var covering = coverages.findByEmployerIdAndToDateIsNull(id);
        covering.ifPresent(c -> c.end(on));
        e.close(on);
        Employer saved = employers.saveAndFlush(e);
        Long coveringUnion = covering.map(Coverage::getUnionId).orElse(null);
        Long upper = coveringUnion == null ? null : orgs.findById(coveringUnion).map(UnionOrg::getParentId).orElse(null);
        events.publishEvent(new EmployerClosed(id, coveringUnion, upper, on));
        return saved;
    }

    /**
     * Whether an import row may make grassroots union {@code unionId} cover the employer with this credit code (new
     * or registered) from {@code from}: null when it may, or already does; the reason otherwise. Unions of other kinds
     * keep an employer's record without covering it (null as well).
     */
    @Transactional(readOnly = true)
    String coverageProblem(long unionId, String creditCode, LocalDate from) {
        UnionOrg union = orgs.findById(unionId).orElse(null);
        if (union == null || union.getOrgType() != OrgType.GRASSROOTS) {
            return null;
        }
        var employer = employers.findByCreditCode(creditCode);
        var current = employer.flatMap(e -> coverages.findByEmployerIdAndToDateIsNull(e.getId()));
        if (current.isPresent()) {
            return current.get().getUnionId() == unionId ? null : "该单位已由“" + orgs.findById(current.get().getUnionId())
                    .map(UnionOrg::getName).orElse("其他工会") + "”涵盖，须先在单位页解除后再导入";
        }
        if (!"JOINT".equals(union.getGrassrootsKind()) && !coverages.findByUnionIdAndToDateIsNull(unionId).isEmpty()) {
            return "“" + union.getName() + "”单独建会，已涵盖一家单位；涵盖多家单位的请设为联合基层工会";
        }
        if (from != null && from.isAfter(LocalDate.now())) {
            return "涵盖起始日期不能晚于今天";
        }
        return null;
    }

    /**
     * The coverage an import asks for: grassroots union {@code unionId} covers the employer from {@code from}, or
     * (blank) from the later of the employer's 登记日期 and the union's 成立日期. Nothing when it covers it already or
     * the union is not a grassroots union.
     */
    @Transactional
    void coverFromImport(long unionId, long employerId, LocalDate from) {
        UnionOrg union = orgs.findById(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        if (union.getOrgType() != OrgType.GRASSROOTS || coverages.findByEmployerIdAndToDateIsNull(employerId)
                .filter(c -> c.getUnionId() == unionId).isPresent()) {
            return;
        }
        cover(unionId, employerId, coverageStart(union.getFoundedOn(), get(employerId).getRegisteredOn(), from));
    }

    /** {@code from}, or when blank the later of the employer's 登记日期 and the union's 成立日期, at the latest today. */
    static LocalDate coverageStart(LocalDate unionFoundedOn, LocalDate registeredOn, LocalDate from) {
        if (from != null) {
            return from;
        }
        LocalDate start = unionFoundedOn != null && unionFoundedOn.isAfter(registeredOn) ? unionFoundedOn : registeredOn;
        return start.isAfter(LocalDate.now()) ? LocalDate.now() : start;
    }

    /** Employers an import made union {@code unionId} cover are kept by it, in one statement (as {@link Employer#assignTo}). */
    void assignAll(long unionId, List<Long> employerIds) {
        jdbc.sql("update employer set union_id = :union, version = version + 1, updated_at = :now where " + keys.oneOf("id", "ids"))
                .param("union", unionId).param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .param("ids", KeyLookups.keys("bigint", employerIds)).update();
    }

    @Transactional(readOnly = true)
    boolean isGrassroots(long unionId) {
        return orgs.findById(unionId).filter(u -> u.getOrgType() == OrgType.GRASSROOTS).isPresent();
    }

    @Transactional
    Coverage cover(long unionId, long employerId, LocalDate from) {
        UnionOrg union = orgs.findById(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        Employer employer = get(employerId);
        if (union.getOrgType() != OrgType.GRASSROOTS || !union.isActive()) {
            throw new InvalidInputException("unionId", "只有存续的基层工会才能涵盖单位");
        }
        if (!employer.isActive()) {
            throw new InvalidInputException("employerId", "单位已注销");
        }
        var current = coverages.findByEmployerIdAndToDateIsNull(employerId);
        if (current.isPresent()) {
            String by = orgs.findById(current.get().getUnionId()).map(UnionOrg::getName).orElse("其他工会");
            throw new ConflictException("“" + employer.getName() + "”已由“" + by + "”涵盖，须先解除后再建立");
        }
        boolean joint = "JOINT".equals(union.getGrassrootsKind());
        if (!joint && !coverages.findByUnionIdAndToDateIsNull(unionId).isEmpty()) {
            throw new InvalidInputException("unionId", "单独建会的基层工会只涵盖一家单位；涵盖多家单位的请设为联合基层工会");
        }
        coverages.findByEmployerIdOrderByFromDateDesc(employerId).stream().findFirst()
                .filter(last -> last.getToDate() != null && from.isBefore(last.getToDate()))
                .ifPresent(last -> {
                    throw new InvalidInputException("fromDate", "涵盖起始日期不能早于上一段涵盖的结束日期 " + last.getToDate());
                });
        if (from.isBefore(employer.getRegisteredOn())) {
            throw new InvalidInputException("fromDate", "涵盖起始日期不能早于单位登记日期 " + employer.getRegisteredOn());
        }
        if (from.isAfter(LocalDate.now())) {
            throw new InvalidInputException("fromDate", "涵盖起始日期不能晚于今天");
        }
        employer.assignTo(unionId);
        return coverages.saveAndFlush(new Coverage(unionId, employerId, from));
    }

    /** Ends a coverage; the employer returns to the covering union's upper union. */
    @Transactional
    Coverage endCoverage(long coverageId, LocalDate on) {
        Coverage c = coverages.findById(coverageId).orElseThrow(() -> new NotFoundException("涵盖关系"));
        if (c.getToDate() != null) {
            throw new ConflictException("该涵盖关系已解除");
        }
        if (on.isBefore(c.getFromDate())) {
            throw new InvalidInputException("on", "解除日期不能早于涵盖起始日期");
        }
        c.end(on);
        UnionOrg union = orgs.findById(c.getUnionId()).orElseThrow();
        employers.findById(c.getEmployerId()).ifPresent(e -> e.assignTo(union.getParentId()));
        return coverages.saveAndFlush(c);
    }

    /**
     * When a grassroots union closes, its coverages end that day; in a merger the successor covers
     * the employers from the same day. Employers it was responsible for pass to the successor.
     */
    @EventListener
    void onUnionClosed(UnionClosed event) {
        UnionOrg successor = orgs.findById(event.successorId()).orElseThrow();
        boolean takeOver = event.merged() && successor.getOrgType() == OrgType.GRASSROOTS;
        for (Coverage c : coverages.findByUnionIdAndToDateIsNull(event.unionId())) {
            c.end(event.on().isBefore(c.getFromDate()) ? c.getFromDate() : event.on());
            coverages.saveAndFlush(c);
            if (takeOver) {
                coverages.saveAndFlush(new Coverage(successor.getId(), c.getEmployerId(), event.on()));
            }
        }
        employers.findByUnionId(event.unionId()).forEach(e -> e.assignTo(successor.getId()));
    }

    boolean shouldHave(EmployerFields f) {
        return f.shouldHaveUnion() != null ? f.shouldHaveUnion() : f.employeeCount() >= threshold;
    }

    void check(EmployerFields f, Employer existing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (CreditCodes.problem(f.creditCode()) == null) {
            var visible = employers.findByCreditCode(f.creditCode());
            visible.filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("creditCode", "统一社会信用代码已登记为“" + other.getName() + "”")));
            if (visible.isEmpty() && employers.countAnywhereByCreditCode(f.creditCode()) > 0) {
                problems.add(new FieldProblem("creditCode", OUTSIDE_SCOPE));
            }
        }
        problems.addAll(fieldProblems(f));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Registered under a union outside the caller's subtree: said without naming it. */
    static final String OUTSIDE_SCOPE = "该统一社会信用代码已由您管辖范围以外的工会登记，不能在此登记；如需调整请联系上级工会";

    /** What is wrong with the fields themselves, whatever else is registered. */
    List<FieldProblem> fieldProblems(EmployerFields f) {
        List<FieldProblem> problems = new ArrayList<>();
        String codeProblem = CreditCodes.problem(f.creditCode());
        if (codeProblem != null) {
            problems.add(new FieldProblem("creditCode", codeProblem));
        }
        if (f.ownershipType() != null && !dictionaries.contains("ownership_type", f.ownershipType())) {
            problems.add(new FieldProblem("ownershipType", "经济类型代码无效"));
        }
        if (f.industry() != null && !dictionaries.contains("industry", f.industry())) {
            problems.add(new FieldProblem("industry", "行业门类应为 GB/T 4754 的 A–T"));
        }
        if (f.divisionCode() != null && !dictionaries.contains("division", f.divisionCode())) {
            problems.add(new FieldProblem("divisionCode", "行政区划代码“" + f.divisionCode() + "”不在 GB/T 2260 代码表中"));
        }
        if (f.femaleCount() > f.employeeCount() || f.migrantCount() > f.employeeCount()
                || f.newFormCount() > f.employeeCount()) {
            problems.add(new FieldProblem("employeeCount", "女职工、农民工、新就业形态劳动者人数都不能超过职工总数"));
        }
        if (f.registeredOn() != null && (f.registeredOn().isAfter(LocalDate.now()) || f.registeredOn().getYear() < 1900)) {
            problems.add(new FieldProblem("registeredOn", "登记日期应在1900年到今天之间"));
        }
        return problems;
    }
}
