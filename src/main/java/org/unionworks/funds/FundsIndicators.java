package org.unionworks.funds;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.Tallies;
import org.unionworks.figures.Tally;
import org.unionworks.governance.ProblemLedger;

/**
 * The figures of 工会经费 and 经审. Remittances count by the month they belong to (所属期, its first day within the period;
 * a correction by the month it was booked in); returns, allocations, audits and findings by their day.
 */
@Configuration(proxyBeanMethods = false)
class FundsIndicators {

    static final Dimension PAYER_TYPE = Dimension.of("payerType", "费种", "FUNDS", "工会经费", "PREPARATORY", "筹备金");
    static final Dimension CHANNEL = Dimension.of("fundsChannel", "缴费方式", "TAX", "税务代收", "DIRECT", "直接缴拨");
    static final Dimension PURPOSE = Dimension.of("allocationPurpose", "拨付用途", Arrays.stream(FundAllocation.Purpose.values())
            .flatMap(p -> java.util.stream.Stream.of(p.name(), p.label)).toArray(String[]::new));
    static final Dimension PROGRAMME = Dimension.ofDictionary("programmeKind", "普惠服务项目", "programme_kind");
    static final Dimension AUDIT_KIND = Dimension.of("fundsAuditKind", "经审类型", "UNION", "工会经费收支", "PROJECT", "专项资金（项目）");
    static final Dimension FINDING_CATEGORY = Dimension.ofDictionary("findingCategory", "经审发现问题类别", "finding_category");

    private static final String MONTHS = " from remittance r where %s and r.funds_month between :from and :to";
    /**
     * Employers with a month short in the period: only they can owe over it (if every month paid its due, the sums do), so
     * the sums are taken over their rows alone (PostgreSQL finds the short months in a partial index, V44_1).
     */
    static final String SHORT = " and r.employer_id in (select s.employer_id from remittance s where s.due > s.paid"
            + " and s.funds_month between :from and :to)";
    /**
     * Employers owing over the period, as rows grouped per employer (the scope at {@code %s}). A month paid exactly adds
     * nothing to what is owed, so only the uneven months are summed: on the benchmark city 48,000 of the year's million
     * entries, held with their amounts by a partial index (V45_3). Counting over every month of the employers with a short
     * one read the year's entries (380-500 ms for the city; 55-85 ms now). Written {@code due - paid <> 0}, the form that
     * the index's predicate and the expression's statistics take (V50_3), so that the planner knows how few rows match.
     */
    static final String OWING = " from remittance r where %s and r.funds_month between :from and :to and r.due - r.paid <> 0"
            + " and r.employer_id is not null group by r.employer_id having sum(r.due) > sum(r.paid)";
    private static final String RETURNS = " from fund_return f where %s and f.returned_on between :from and :to";
    private static final String ALLOCATED = " from fund_allocation a where %s and a.allocated_on between :from and :to";
    private static final String REPORTED = " from funds_audit a where %s and a.finished_on between :from and :to";
    private static final String FOUND = " from audit_finding f where %s and f.found_on between :from and :to";

    /** Remittances' and returns' union, and their district (kept, SubtreeDistricts.Kept) for one district's figures. */
    private static final String REMITTANCE_UNION = FigureScope.keepingDistrict("r");
    private static final String RETURN_UNION = FigureScope.keepingDistrict("f");

    /** Remittances' due and paid per district and month, by payer type and channel (PostgreSQL; V44_1). */
    static final Tally TALLY = new Tally("remittance_tally");

    private final JdbcClient jdbc;
    private final Tallies tallies;

    FundsIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    static Tally remittanceTally() {
        return TALLY;
    }

    @Bean
    Indicator fundsDue() {
        return money("funds.due", "应缴工会经费（含筹备金）", "统计期间各所属期应缴的工会经费和筹备金（按计费工资总额的2%），含更正", "due");
    }

    @Bean
    Indicator fundsCollected() {
        return money("funds.collected", "实收工会经费（含筹备金）", "统计期间各所属期实际缴纳的工会经费和筹备金，含更正（补缴、退费）", "paid");
    }

    /** Due or paid ({@code column}) in 元: in all, by payer type, by channel — from the tally for the city or a district. */
    private Indicator money(String key, String name, String definition, String column) {
        return Indicator.of(key, name, "万元", false, definition, s -> Figures.tenThousands(amounts(s, column).get("ALL")))
                .perUnion(s -> Figures.tenThousandsExact(s.perUnion(jdbc, "select r.union_id, coalesce(sum(r." + column + "), 0)" + MONTHS
                        + " group by r.union_id", "r.union_id")))
                .rows(Indicator.RowSource.of(jdbc, "Remittance", "select r.id, r." + column + " * 0.0001" + MONTHS,
                        "select id, concat('所属期 ', funds_month), created_at from remittance where id in (:ids)", "r.union_id"))
                .by(PAYER_TYPE, s -> Figures.tenThousands(parts(amounts(s, column), "FUNDS", "PREPARATORY")))
                .by(CHANNEL, s -> Figures.tenThousands(parts(amounts(s, column), "TAX", "DIRECT")));
    }

    /** {@code column}'s sums in the scope's months, keyed ALL, FUNDS, PREPARATORY, TAX and DIRECT; one query per request and column. */
    private Map<String, Number> amounts(FigureScope s, String column) {
        return Figures.once(s, "funds.amounts." + column, () -> {
            String sums = "coalesce(sum(%1$s_funds), 0), coalesce(sum(%1$s_prep), 0), coalesce(sum(%1$s_tax), 0)".formatted(column);
            String raw = "select coalesce(sum(case when r.payer_type = 'FUNDS' then r.COLUMN end), 0),"
                    + " coalesce(sum(case when r.payer_type = 'PREPARATORY' then r.COLUMN end), 0),"
                    + " coalesce(sum(case when r.channel = 'TAX' then r.COLUMN end), 0)";
            var statement = tallies.serve(TALLY, s) ? tallies.flow(TALLY, sums, s)
                    : s.query(jdbc, raw.replace("COLUMN", column) + MONTHS, REMITTANCE_UNION);
            return statement.query((rs, n) -> {
                BigDecimal funds = rs.getBigDecimal(1);
                BigDecimal prep = rs.getBigDecimal(2);
                BigDecimal tax = rs.getBigDecimal(3);
                Map<String, Number> m = new java.util.HashMap<>();
                m.put("ALL", funds.add(prep));
                m.put("FUNDS", funds);
                m.put("PREPARATORY", prep);
                m.put("TAX", tax);
                m.put("DIRECT", funds.add(prep).subtract(tax));
                return m;
            }).single();
        });
    }

    private static Map<String, Number> parts(Map<String, Number> amounts, String... codes) {
        Map<String, Number> parts = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            parts.put(code, amounts.get(code));
        }
        return parts;
    }

    @Bean
    Indicator fundsCollectionRate() {
        return Indicator.of("funds.collectionRate", "工会经费收缴率", "%", false, "统计期间实收 ÷ 应缴（工会经费和筹备金，含更正）",
                s -> {
                    BigDecimal due = (BigDecimal) amounts(s, "due").get("ALL");
                    BigDecimal paid = (BigDecimal) amounts(s, "paid").get("ALL");
                    return due.signum() <= 0 ? null : paid.multiply(BigDecimal.valueOf(100)).divide(due, 1, java.math.RoundingMode.HALF_UP);
                });
    }

    @Bean
    Indicator fundsPreparatoryPayers() {
        return Indicator.of("funds.preparatoryPayers", "缴纳筹备金的单位", "家", false,
                "统计期间缴纳了工会筹备金的单位数（按统一社会信用代码计，一家计一次）：未建会单位，是组建工会的线索",
                // grouped rather than count(distinct): hashed instead of sorted, 55 ms instead of 180 for the city's 133,000 entries
                s -> tallies.firsts("PP", s).orElseGet(() -> s.count(jdbc, "select count(*) from (select r.credit_code" + MONTHS
                        + " and r.payer_type = 'PREPARATORY' and r.paid > 0 group by r.credit_code) payers", REMITTANCE_UNION)));
    }

    @Bean
    Indicator fundsArrearsEmployers() {
        return Indicator.of("funds.arrearsEmployers", "欠缴工会经费的单位", "家", false,
                "统计期间各所属期应缴合计大于实缴合计的已登记单位数",
                s -> tallies.firsts("AR", s).orElseGet(() -> s.count(jdbc, "select count(*) from (select r.employer_id" + OWING + ") owing",
                        REMITTANCE_UNION)));
    }

    @Bean
    Indicator fundsSmallReturns() {
        return Indicator.of("funds.smallReturns", "返还工会经费的小微企业", "家", false, "统计期间获返还工会经费的小微企业数（一家计一次）",
                s -> tallies.firsts("SR", s).orElseGet(() -> s.count(jdbc, "select count(distinct f.employer_id)" + RETURNS
                        + " and f.correction_of is null", RETURN_UNION)));
    }

    @Bean
    Indicator fundsSmallReturnAmount() {
        return Indicator.of("funds.smallReturnAmount", "返还小微企业工会经费", "万元", false, "统计期间返还小微企业工会的经费，含更正",
                s -> Figures.tenThousands(tallies.flows("FR", s).map(sums -> sums[1])
                        .orElseGet(() -> sum(s, "select coalesce(sum(f.amount), 0)" + RETURNS, RETURN_UNION))));
    }

    @Bean
    Indicator fundsAllocated() {
        return Indicator.of("funds.allocated", "拨付补助资金", "万元", false,
                        "统计期间本级及下级工会拨付给下级工会、普惠服务项目、困难职工帮扶、服务阵地和其他项目的资金，含更正",
                        s -> Figures.tenThousands(sum(s, "select coalesce(sum(a.amount), 0)" + ALLOCATED, "a.union_id")))
                .by(PURPOSE, s -> Figures.tenThousands(s.parts(jdbc, "select a.purpose, sum(a.amount)" + ALLOCATED + " group by a.purpose",
                        "a.union_id")))
                .by(PROGRAMME, s -> Figures.tenThousands(s.parts(jdbc, "select a.programme_kind, sum(a.amount)" + ALLOCATED
                        + " group by a.programme_kind", "a.union_id")));
    }

    @Bean
    Indicator fundsAudits() {
        return Indicator.of("funds.audits", "开展经费审查", "项", false, "统计期间出具审查报告的经费审查项目数（工会经费收支审查和专项资金审查）",
                        s -> s.count(jdbc, "select count(*)" + REPORTED, "a.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select a.union_id, count(*)" + REPORTED + " group by a.union_id", "a.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "FundsAudit", "select a.id, 1" + REPORTED,
                        "select id, coalesce(project, audit_scope), created_at from funds_audit where id in (:ids)", "a.union_id"))
                .by(AUDIT_KIND, s -> s.parts(jdbc, "select a.kind, count(*)" + REPORTED + " group by a.kind", "a.union_id"));
    }

    @Bean
    Indicator fundsAuditFindings() {
        return Indicator.of("funds.auditFindings", "经审发现问题", "个", false, "统计期间经费审查发现并列入整改台账的问题数",
                        s -> s.count(jdbc, "select count(*)" + FOUND, "f.union_id"))
                .by(FINDING_CATEGORY, s -> s.parts(jdbc, "select f.category, count(*)" + FOUND + " group by f.category", "f.union_id"));
    }

    @Bean
    Indicator fundsFindingAmount() {
        return Indicator.of("funds.findingAmount", "经审发现问题涉及金额", "万元", false, "统计期间经费审查发现的问题涉及的金额之和",
                s -> Figures.tenThousands(sum(s, "select coalesce(sum(f.amount), 0)" + FOUND, "f.union_id")));
    }

    /** Findings of the period rectified (done or verified in the ledger) by the period's last day. */
    @Bean
    Indicator fundsFindingsRectified(ProblemLedger ledger) {
        return Indicator.of("funds.findingsRectified", "经审发现问题已整改", "个", false,
                        "统计期间经费审查发现的问题中，截至期末在整改台账中已完成整改或已销号的个数",
                        s -> rectified(ledger, s).values().stream().mapToLong(Number::longValue).sum())
                .by(FINDING_CATEGORY, s -> rectified(ledger, s));
    }

    /** Rectified findings of the period by category, the ledger asked once for the period's items (once per request). */
    private Map<String, Number> rectified(ProblemLedger ledger, FigureScope s) {
        return Figures.once(s, "funds.rectified", () -> {
            List<Object[]> rows = s.query(jdbc, "select f.rectification_id, f.category" + FOUND, "f.union_id")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            Map<Long, ProblemLedger.Progress> progress = ledger.progress(rows.stream().map(r -> (Long) r[0]).toList());
            Map<String, Number> counted = new java.util.LinkedHashMap<>();
            for (Object[] r : rows) {
                ProblemLedger.Progress p = progress.get((Long) r[0]);
                if (p != null && p.rectified() && p.doneOn() != null && !p.doneOn().isAfter(s.to())) {
                    counted.merge((String) r[1], 1L, (a, b) -> a.longValue() + b.longValue());
                }
            }
            return counted;
        });
    }

    private BigDecimal sum(FigureScope s, String sql, String unionColumn) {
        return s.query(jdbc, sql, unionColumn).query(BigDecimal.class).single();
    }
}
