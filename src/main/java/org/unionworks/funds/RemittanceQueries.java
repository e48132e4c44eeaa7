package org.unionworks.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.FundsViews;
import org.unionworks.org.EmployerProfile;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.web.PageResponse;

/** What the register says over a period, within a subtree: arrears, silent employers, 筹备金 payers, the split between levels. */
@Component
class RemittanceQueries {

    static final Map<String, String> LEVEL_LABELS = Map.of("GRASSROOTS", "基层工会", "DISTRICT", "县（区）总工会", "CITY", "市总工会",
            "PROVINCE", "省总工会", "NATIONAL", "全国总工会");

    private final JdbcClient jdbc;
    private final SqlScopes sqlScopes;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final FundShareRepository shares;

    RemittanceQueries(JdbcClient jdbc, SqlScopes sqlScopes, OrgDirectory orgs, OrgTree orgTree, FundShareRepository shares) {
        this.jdbc = jdbc;
        this.sqlScopes = sqlScopes;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.shares = shares;
    }

    /** Registered employers whose months from {@code from} to {@code to} were due more than they paid, the largest debt first. */
    @Transactional(readOnly = true)
    PageResponse<FundsViews.ArrearsRow> arrears(long under, LocalDate from, LocalDate to, int page, int size) {
        var scope = sqlScopes.under(under, "r.union_id");
        String owing = " from remittance r where " + scope.sql() + " and r.funds_month between :from and :to" + FundsIndicators.SHORT
                + " group by r.employer_id having sum(r.due) > sum(r.paid)";
        long total = scope.bind(jdbc.sql("select count(*) from (select r.employer_id" + FundsIndicators.OWING.formatted(scope.sql()) + ") t"))
                .param("from", from).param("to", to).query(Long.class).single();
        List<Object[]> rows = scope.bind(jdbc.sql("select r.employer_id, sum(r.due), sum(r.paid), count(distinct r.funds_month)" + owing
                        + " order by sum(r.due) - sum(r.paid) desc, r.employer_id limit :limit offset :offset"))
                .param("from", from).param("to", to).param("limit", size).param("offset", (long) (page - 1) * size)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)}).list();
        Map<Long, EmployerProfile> employers = orgs.employerProfilesById(rows.stream().map(r -> (Long) r[0]).toList());
        List<FundsViews.ArrearsRow> items = rows.stream().map(r -> {
            EmployerProfile e = employers.get((Long) r[0]);
            BigDecimal due = (BigDecimal) r[1];
            BigDecimal paid = (BigDecimal) r[2];
            Long union = e == null ? null : e.ownerUnionId();
            return new FundsViews.ArrearsRow((Long) r[0], e == null ? null : e.name(), e == null ? null : e.creditCode(), union,
                    union == null ? null : orgTree.nameOf(union).orElse(null), due, paid, due.subtract(paid), (Integer) r[3]);
        }).toList();
        return new PageResponse<>(items, total, page, size);
    }

    /** Covered, active employers with no remittance at all from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    PageResponse<FundsViews.SilentEmployer> silent(long under, LocalDate from, LocalDate to, int page, int size) {
        var scope = sqlScopes.under(under, "r.union_id");
        Set<Long> paying = new HashSet<>(scope.bind(jdbc.sql("select distinct r.employer_id from remittance r where " + scope.sql()
                + " and r.employer_id is not null and r.funds_month between :from and :to")).param("from", from).param("to", to)
                .query(Long.class).list());
        List<Long> silent = orgs.coveredEmployerIds(under).stream().filter(id -> !paying.contains(id)).toList();
        List<Long> shown = silent.stream().skip((long) (page - 1) * size).limit(size).toList();
        Map<Long, EmployerProfile> employers = orgs.employerProfilesById(shown);
        List<FundsViews.SilentEmployer> items = shown.stream().filter(employers::containsKey).map(id -> {
            EmployerProfile e = employers.get(id);
            return new FundsViews.SilentEmployer(id, e.name(), e.creditCode(), e.ownerUnionId(), orgTree.nameOf(e.ownerUnionId()).orElse(null),
                    e.employees());
        }).toList();
        return new PageResponse<>(items, silent.size(), page, size);
    }

    /** Payers of 筹备金 over the period (by credit code), those without a union first: the candidates for founding one. */
    @Transactional(readOnly = true)
    List<FundsViews.PreparatoryPayer> preparatoryPayers(long under, LocalDate from, LocalDate to) {
        var scope = sqlScopes.under(under, "r.union_id");
        List<Object[]> rows = scope.bind(jdbc.sql("""
                        select r.credit_code, max(r.employer_id), max(r.payer_name), sum(r.paid), count(distinct r.funds_month)
                          from remittance r where""" + " " + scope.sql() + """
                           and r.payer_type = 'PREPARATORY' and r.funds_month between :from and :to
                         group by r.credit_code having sum(r.paid) > 0""")).param("from", from).param("to", to)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class), rs.getString(3), rs.getBigDecimal(4),
                    rs.getInt(5)}).list();
        Map<Long, EmployerProfile> employers = orgs.employerProfilesById(rows.stream().map(r -> (Long) r[1])
                .filter(java.util.Objects::nonNull).toList());
        List<FundsViews.PreparatoryPayer> payers = new ArrayList<>();
        for (Object[] r : rows) {
            EmployerProfile e = r[1] == null ? null : employers.get((Long) r[1]);
            boolean covered = e != null && e.coveringUnionId() != null;
            payers.add(new FundsViews.PreparatoryPayer((Long) r[1], e == null ? (String) r[2] : e.name(), (String) r[0], (BigDecimal) r[3],
                    (Integer) r[4], covered, e != null && e.shouldHaveUnion(), !covered));
        }
        payers.sort(java.util.Comparator.comparing(FundsViews.PreparatoryPayer::candidate).reversed()
                .thenComparing(FundsViews.PreparatoryPayer::paid, java.util.Comparator.reverseOrder()));
        return payers;
    }

    /**
     * What was collected from {@code from} to {@code to} split between the levels by the share in force in each month: each
     * level's part to the fen, half up, and what rounding leaves to the grassroots, so the parts add up to the collection.
     */
    @Transactional(readOnly = true)
    FundsViews.Split split(long under, LocalDate from, LocalDate to) {
        var scope = sqlScopes.under(under, "r.union_id");
        List<FundShare> all = shares.findAllByOrderByPayerTypeAscEffectiveFromDesc();
        Map<FundShare, BigDecimal> collected = new LinkedHashMap<>();
        scope.bind(jdbc.sql("select r.payer_type, r.funds_month, sum(r.paid) from remittance r where " + scope.sql()
                        + " and r.funds_month between :from and :to group by r.payer_type, r.funds_month"))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    FundShare share = inForce(all, Remittance.PayerType.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
                    return collected.merge(share, rs.getBigDecimal(3), BigDecimal::add);
                }).list();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        FundShare.LEVELS.forEach(l -> totals.put(l, BigDecimal.ZERO.setScale(2)));
        List<FundsViews.SplitPart> parts = new ArrayList<>();
        collected.forEach((share, amount) -> {
            List<FundsViews.SplitLevel> levels = levels(share, amount);
            levels.forEach(l -> totals.merge(l.level(), l.amount(), BigDecimal::add));
            parts.add(new FundsViews.SplitPart(share.getPayerType().name(), share.getEffectiveFrom(), amount, levels));
        });
        BigDecimal sum = collected.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new FundsViews.Split(from, to, sum, totals.entrySet().stream()
                .map(e -> new FundsViews.SplitLevel(e.getKey(), LEVEL_LABELS.get(e.getKey()), e.getValue())).toList(), parts);
    }

    private static FundShare inForce(List<FundShare> all, Remittance.PayerType type, LocalDate month) {
        return all.stream().filter(s -> s.getPayerType() == type && !s.getEffectiveFrom().isAfter(month)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no share of " + type + " in force on " + month));
    }

    /** The levels' parts of {@code amount} under {@code share}; the fen rounding leaves goes to the grassroots. */
    static List<FundsViews.SplitLevel> levels(FundShare share, BigDecimal amount) {
        List<BigDecimal> percents = share.percents();
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal rest = amount;
        for (int i = 1; i < percents.size(); i++) {
            BigDecimal part = amount.multiply(percents.get(i)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            parts.add(part);
            rest = rest.subtract(part);
        }
        parts.add(0, rest);
        List<FundsViews.SplitLevel> levels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String level = FundShare.LEVELS.get(i);
            levels.add(new FundsViews.SplitLevel(level, LEVEL_LABELS.get(level), parts.get(i)));
        }
        return levels;
    }
}
