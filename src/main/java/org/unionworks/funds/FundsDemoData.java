package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.org.EmployerProfile;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;
import org.unionworks.platform.validation.CreditCodes;

/**
 * The demo city's funds: every covered employer's 工会经费 for each month from January last year (of the year before, until
 * July) to last month (most paid in full through the tax office, some short or late), 筹备金 from half the employers without
 * a union and a few payers not yet registered (unmatched), the past years' months closed, returns to each past year's
 * eligible small enterprises, allocations
 * of the city and the districts, and each district's funds audits with their findings in the rectification ledger.
 */
@Component
class FundsDemoData implements DemoContributor {

    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    private final BulkWriter bulk;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final ProblemLedger ledger;
    private final ReturnService returns;
    private final ClosedMonthRepository closed;
    private final FundsAuditRepository audits;
    private final AuditFindingRepository findingsRepo;

    FundsDemoData(BulkWriter bulk, OrgDirectory orgs, OrgTree orgTree, ProblemLedger ledger, ReturnService returns,
                  ClosedMonthRepository closed, FundsAuditRepository audits, AuditFindingRepository findingsRepo) {
        this.audits = audits;
        this.findingsRepo = findingsRepo;
        this.bulk = bulk;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.ledger = ledger;
        this.returns = returns;
        this.closed = closed;
    }

    @Override
    public int order() {
        return 97;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("funds");
        // last year's small enterprises are paid back from March to June: until July the year before last is in the ledger too,
        // so that the demo city has returns paid in the twelve months before any day it is generated on
        LocalDate first = city.today().minusYears(city.today().getMonthValue() < 7 ? 2 : 1).withDayOfYear(1);
        LocalDate last = city.today().withDayOfMonth(1).minusMonths(1);
        long remitted = remittances(city, r, first, last);
        for (LocalDate m = first; m.getYear() < city.today().getYear(); m = m.plusMonths(1)) {
            closed.save(new ClosedMonth(m, "演示数据"));
        }
        int returned = 0;
        for (int year = first.getYear(); year < city.today().getYear(); year++) {
            returned += returnsOf(city, r, year);
        }
        int allocated = allocations(city, r);
        int[] audited = audits(city, r);
        return String.format("工会经费缴费记录 %,d 条，小微企业返还 %,d 家，拨付 %,d 笔，经费审查 %,d 项（发现问题 %,d 个）", remitted, returned,
                allocated, audited[0], audited[1]);
    }

    private long remittances(DemoCity city, Random r, LocalDate first, LocalDate last) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> covered = city.grassroots().stream().flatMap(g -> g.employers().stream()).map(DemoCity.Employer::id).toList();
        List<Long> uncovered = orgs.uncoveredEmployerIds(orgTree.rootId());
        List<Object[]> rows = new ArrayList<>();
        long written = 0;
        for (List<Long> ids : List.of(covered, uncovered.subList(0, uncovered.size() / 2))) {
            for (int i = 0; i < ids.size(); i += 1000) {
                Map<Long, EmployerProfile> chunk = orgs.employerProfilesById(ids.subList(i, Math.min(ids.size(), i + 1000)));
                for (EmployerProfile e : chunk.values()) {
                    employerMonths(city, r, e, first, last, now, rows);
                }
                written += bulk.write("remittance", RemittanceImportDefinition.INSERT_COLUMNS, rows.iterator());
                rows.clear();
            }
        }
        String division = city.divisions().get(0);
        for (int i = 0; i < 5; i++) {
            String first17 = "91" + division + String.format("%09d", 900_000_000 + i);
            BigDecimal payroll = BigDecimal.valueOf(40_000L + r.nextInt(200_000)).setScale(2);
            BigDecimal due = payroll.multiply(TWO_PERCENT).setScale(2, java.math.RoundingMode.HALF_UP);
            rows.add(new Object[] {districtOf(orgTree.rootId()), orgTree.rootId(), null, first17 + CreditCodes.checkChar(first17), "待登记单位" + (i + 1), last, 0, payroll,
                due, due, "PREPARATORY", "TAX", city.today(), "税务代收，单位尚未在系统中登记", 0, now, now});
        }
        return written + bulk.write("remittance", RemittanceImportDefinition.INSERT_COLUMNS, rows.iterator());
    }

    /** One employer's months: a wage level of its own, most months paid in full; a few employers short, late or silent. */
    private static void employerMonths(DemoCity city, Random r, EmployerProfile e, LocalDate first, LocalDate last, OffsetDateTime now,
                                       List<Object[]> rows) {
        boolean preparatory = e.coveringUnionId() == null;
        int wage = 4_500 + r.nextInt(9_000);
        int employees = Math.max(3, e.employees());
        String channel = r.nextInt(100) < 85 ? "TAX" : "DIRECT";
        int habit = r.nextInt(100);
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            BigDecimal payroll = BigDecimal.valueOf((long) employees * (wage + r.nextInt(800))).setScale(2);
            BigDecimal due = payroll.multiply(TWO_PERCENT).setScale(2, java.math.RoundingMode.HALF_UP);
            BigDecimal paid = due;
            if (habit < 3 && r.nextInt(3) == 0) {
                paid = BigDecimal.ZERO.setScale(2);
            } else if (habit < 9 && r.nextInt(2) == 0) {
                paid = due.multiply(BigDecimal.valueOf(50 + r.nextInt(40))).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
            }
            LocalDate paidOn = m.plusMonths(1).plusDays(r.nextInt(20));
            if (paidOn.isAfter(city.today())) {
                paidOn = city.today();
            }
            rows.add(new Object[] {e.districtId(), e.ownerUnionId(), e.id(), e.creditCode(), e.name(), m, 0, payroll, due, paid,
                preparatory ? "PREPARATORY" : "FUNDS", channel, paid.signum() == 0 ? null : paidOn, null, 0, now, now});
        }
    }

    private int returnsOf(DemoCity city, Random r, int year) {
        ReturnRule rule = returns.ruleOf(year);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (var e : returns.eligible(orgTree.rootId(), year)) {
            if (r.nextInt(10) < 7) {
                LocalDate on = LocalDate.of(year + 1, 3 + r.nextInt(4), 1 + r.nextInt(28));
                if (!on.isAfter(city.today())) {
                    rows.add(new Object[] {districtOf(e.unionId()), e.unionId(), e.employerId(), year, 0, e.paid(), e.amount(), rule.getId(), on,
                        "返还〔" + year + "〕" + (rows.size() + 1) + "号", 0, now, now});
                }
            }
        }
        bulk.write("fund_return", List.of("district_id", "union_id", "employer_id", "return_year", "entry_no", "paid_in_year", "amount",
                "rule_id", "returned_on", "approval_no", "version", "created_at", "updated_at"), rows.iterator());
        return rows.size();
    }

    private final Map<Long, Long> districts = new HashMap<>();

    private Long districtOf(long unionId) {
        return districts.computeIfAbsent(unionId, orgs::districtOf);
    }

    private static final String[] PROGRAMMES = {"WARMTH", "SCHOOL", "SUMMER", "FESTIVAL"};

    private int allocations(DemoCity city, Random r) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long root = orgTree.rootId();
        List<Object[]> rows = new ArrayList<>();
        for (long district : orgTree.federationsBelow(root)) {
            for (int q = 0; q < 4; q++) {
                LocalDate on = city.today().minusMonths(3L * q + 1).withDayOfMonth(10);
                rows.add(allocation(root, district, "LOWER_UNION", null, null, 200_000 + r.nextInt(300_000), on, now));
                rows.add(allocation(district, null, "PROGRAMME", PROGRAMMES[q], null, 50_000 + r.nextInt(150_000), on.plusDays(5), now));
            }
            rows.add(allocation(district, null, "HARDSHIP", null, null, 80_000 + r.nextInt(100_000), city.today().minusMonths(2).withDayOfMonth(15), now));
            rows.add(allocation(district, null, "SERVICE_PLACE", null, null, 30_000 + r.nextInt(60_000), city.today().minusMonths(4).withDayOfMonth(20), now));
            rows.add(allocation(district, null, "PROJECT", null, "职工技能提升专项", 20_000 + r.nextInt(50_000), city.today().minusMonths(5).withDayOfMonth(8), now));
        }
        bulk.write("fund_allocation", List.of("union_id", "to_union_id", "purpose", "programme_kind", "project", "amount", "allocated_on",
                "approval_no", "approved_by", "version", "created_at", "updated_at"), rows.iterator());
        return rows.size();
    }

    private static Object[] allocation(long union, Long to, String purpose, String programme, String project, int yuan, LocalDate on,
                                       OffsetDateTime now) {
        return new Object[] {union, to, purpose, programme, project, BigDecimal.valueOf(yuan).setScale(2), on, "拨〔" + on.getYear() + "〕"
            + (1 + Math.abs((union * 31 + yuan) % 900)) + "号", "财务负责人", 0, now, now};
    }

    private static final String[][] FINDINGS = {
        {"SPENDING", "部分活动经费支出缺少审批手续和明细清单"}, {"COLLECTION", "所属单位工会经费未足额拨缴"},
        {"ASSETS", "固定资产账实不符，未定期盘点"}, {"CONTROL", "未建立经费收支内部审批制度"},
        {"BUDGET", "预算执行率偏低，年中未调整预算"}, {"PROCUREMENT", "慰问品采购未按规定比选"}};

    /** Each district's 经审会 audits some grassroots unions: last year's reported with findings (most rectified), this year's in the plan. */
    private int[] audits(DemoCity city, Random r) {
        int year = city.today().getYear();
        List<DemoCity.Grassroots> unions = city.grassroots();
        int count = Math.min(unions.size(), city.size().scaled(4));
        int found = 0;
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = unions.get(r.nextInt(unions.size()));
            int auditYear = i % 2 == 0 ? year - 1 : year;
            LocalDate month = LocalDate.of(auditYear, 1 + r.nextInt(12), 1);
            LocalDate started = month.plusDays(r.nextInt(10));
            FundsAudit a = new FundsAudit(g.id(), g.districtId());
            a.plan(auditYear, FundsAudit.Kind.UNION, null, "工会经费收支情况", LocalDate.of(auditYear - 1, 1, 1), LocalDate.of(auditYear - 1, 12, 31),
                    "经审会委员", month);
            if (!started.isAfter(city.today())) {
                a.start(started);
            }
            LocalDate finished = started.plusDays(20);
            if (auditYear < year || finished.isBefore(city.today())) {
                a.report(finished, "经费收支总体规范，存在问题已提出整改意见", null);
            }
            a = audits.save(a);
            if (a.getStatus() == FundsAudit.Status.REPORTED) {
                found += findings(city, r, a);
            }
        }
        return new int[] {count, found};
    }

    private int findings(DemoCity city, Random r, FundsAudit a) {
        int n = 1 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            String[] f = FINDINGS[r.nextInt(FINDINGS.length)];
            LocalDate on = a.getFinishedOn().minusDays(5);
            BigDecimal amount = BigDecimal.valueOf(2_000L + r.nextInt(60_000)).setScale(2);
            var problem = new ProblemLedger.Problem(a.getUnionId(), "FUNDS_AUDIT", f[0].equals("ASSETS") ? "ASSETS" : "FINANCE", "【经审】" + f[1],
                    "工会主席", "工会财务", "按审查意见限期整改", on.plusDays(60), on, null);
            LocalDate done = on.plusDays(20 + r.nextInt(40));
            long item = r.nextInt(10) < 7 && !done.isAfter(city.today()) ? ledger.recordRectified(problem, done, "已按审查意见整改到位")
                    : ledger.record(problem);
            findingsRepo.save(new AuditFinding(a.getId(), a.getUnionId(), f[0], f[1], amount, item, on));
        }
        return n;
    }
}
