package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The figures that count each employer once over a period — 缴纳筹备金的单位, 实行厂务公开的单位, 返还工会经费的小微企业,
 * 开展女职工特殊劳动保护专项检查的单位 — and the employers owing at a period's end (欠缴工会经费的单位, V59_5) over periods from 1 January (on PostgreSQL read for the city and a district from
 * {@code first_tally}, V56_3) equal the rows of the unions under each scope: with an employer's rows in two districts, rows
 * added before and after its first, changed and deleted, a union moved to another district, a merger across districts and
 * a compaction.
 */
class FirstTallyApiTest extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now(FEDERATION);
    /** A whole past year: the tallies serve any year's periods from 1 January, and every day of it is there whatever today is. */
    private static final LocalDate JAN_1 = LocalDate.of(TODAY.getYear() - 1, 1, 1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    private Http admin;

    @Test
    void employersCountedOnceFromTheFirstDayOfTheirYearEqualTheRows() {
        admin = admin();
        long east = district(admin, unique("东区"));
        long west = district(admin, unique("西区"));
        long works = createOrg(admin, east, unique("一厂工会"), "GRASSROOTS", "ENTERPRISE");
        long store = createOrg(admin, west, unique("商场工会"), "GRASSROOTS", "ENTERPRISE");
        long a = EmployerApiTest.createEmployer(admin, works, unique("甲厂"), 50);
        long b = EmployerApiTest.createEmployer(admin, store, unique("乙店"), 8);
        String codeA = jdbc.queryForObject("select credit_code from employer where id = ?", String.class, a);
        String codeB = jdbc.queryForObject("select credit_code from employer where id = ?", String.class, b);

        long laterA = remittance(works, a, codeA, day(60));
        long firstA = remittance(works, a, codeA, day(0));
        remittance(store, a, codeA, day(35));
        remittance(store, b, codeB, JAN_1.minusMonths(2));
        long unpaidB = remittance(store, b, codeB, day(90));
        long disclosedA = disclosure(works, a, day(40));
        disclosure(store, a, day(10));
        long disclosedB = disclosure(store, b, day(200));
        returned(works, a, day(20));
        returned(store, b, JAN_1.minusDays(3));
        long checkedA = protection(works, a, day(50));
        protection(store, b, null);
        jdbc.update("update womens_protection set four_periods = false where id = ?", checkedA);
        long owedA = owed(works, a, codeA, day(0), 1000, 400);
        long overpaidA = owed(store, a, codeA, day(35), 1000, 1500);
        long owedB = owed(store, b, codeB, day(120), 2000, 0);
        owed(store, b, codeB, JAN_1.minusMonths(2), 1000, 0);
        assertSameAsRows("after rows in two districts", east, west);

        jdbc.update("delete from remittance where id = ?", firstA);
        jdbc.update("update remittance set paid = 0, paid_on = null where id = ?", unpaidB);
        jdbc.update("update remittance set funds_month = ? where id = ?", day(0).withDayOfMonth(1), laterA);
        jdbc.update("update disclosure set published_on = ? where id = ?", day(5), disclosedA);
        jdbc.update("delete from disclosure where id = ?", disclosedB);
        jdbc.update("update fund_return set returned_on = ? where employer_id = ?", day(100), a);
        jdbc.update("update womens_protection set checked_on = ? where employer_id = ?", day(3), b);
        jdbc.update("update womens_protection set checked_on = null, four_periods = true where id = ?", checkedA);
        jdbc.update("update remittance set paid = 2000 where id = ?", overpaidA);
        jdbc.update("update remittance set funds_month = ? where id = ?", day(70).withDayOfMonth(1), owedA);
        jdbc.update("delete from remittance where id = ?", owedB);
        assertSameAsRows("after rows changed and deleted", east, west);

        assertThat(admin.post("/api/orgs/" + works + "/move", Map.of("newParentId", west)).status()).isEqualTo(200);
        assertSameAsRows("after the works' union moved to the other district", east, west);
        assertThat(jdbc.queryForObject("select district_id from disclosure where id = ?", Long.class, disclosedA))
                .as("a moved row keeps its id and takes the new district").isEqualTo(west);
        long successor = createOrg(admin, east, unique("商贸总公司工会"), "GRASSROOTS", "ENTERPRISE");
        var merged = admin.post("/api/orgs/" + store + "/merge", Map.of("intoId", successor, "on", TODAY.toString(), "reason", "合并"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertSameAsRows("after the store's union merged into one of the first district", east, west);
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "first_tally");
            assertSameAsRows("after compaction", east, west);
        }
    }

    private static LocalDate day(int n) {
        return JAN_1.plusDays(n);
    }

    private void assertSameAsRows(String when, long... districts) {
        List<Long> scopes = new ArrayList<>(List.of(1L));
        for (long d : districts) {
            scopes.add(d);
        }
        for (long scope : scopes) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate to : List.of(JAN_1, day(25), day(45), day(70), day(200), JAN_1.plusYears(1).minusDays(1))) {
                Map<String, JsonNode> f = new HashMap<>();
                admin.get("/api/figures?under=" + scope + "&on=" + to + "&from=" + JAN_1 + "&to=" + to).json()
                        .forEach(x -> f.put(x.get("key").asString(), x));
                String as = when + ", union " + scope + ", " + JAN_1 + " to " + to;
                Map<String, String> rows = Map.of(
                        "funds.preparatoryPayers", "select count(distinct r.credit_code) from remittance r join union_org u on u.id = r.union_id"
                                + " where u.path like ? and r.payer_type = 'PREPARATORY' and r.paid > 0 and r.funds_month between ? and ?",
                        "democracy.disclosureEmployers", "select count(distinct d.employer_id) from disclosure d join union_org u on u.id = d.union_id"
                                + " where u.path like ? and d.published_on between ? and ?",
                        "funds.smallReturns", "select count(distinct r.employer_id) from fund_return r join union_org u on u.id = r.union_id"
                                + " where u.path like ? and r.correction_of is null and r.returned_on between ? and ?",
                        "democracy.protectionChecks", "select count(distinct p.employer_id) from womens_protection p join union_org u on u.id = p.union_id"
                                + " where u.path like ? and p.checked_on between ? and ?",
                        "democracy.fourPeriodsEmployers", "select count(distinct p.employer_id) from womens_protection p join union_org u on u.id = p.union_id"
                                + " where u.path like ? and p.four_periods and p.protection_year between extract(year from cast(? as date))"
                                + " and extract(year from cast(? as date))",
                        "democracy.disclosures", "select count(*) from disclosure d join union_org u on u.id = d.union_id"
                                + " where u.path like ? and d.published_on between ? and ?",
                        "funds.arrearsEmployers", "select count(*) from (select r.employer_id from remittance r join union_org u on u.id = r.union_id"
                                + " where u.path like ? and r.funds_month between ? and ? and r.employer_id is not null"
                                + " group by r.employer_id having sum(r.due) > sum(r.paid)) owing");
                rows.forEach((key, sql) -> assertThat(f.get(key).get("value").asLong()).as(as + " " + key)
                        .isEqualTo(jdbc.queryForObject(sql, Long.class, path, JAN_1, to)));
                assertThat(f.get("funds.smallReturnAmount").get("value").decimalValue()).as(as + " returned").isEqualByComparingTo(
                        jdbc.queryForObject("select coalesce(sum(r.amount), 0) / 10000 from fund_return r join union_org u on u.id = r.union_id"
                                + " where u.path like ? and r.returned_on between ? and ?", java.math.BigDecimal.class, path, JAN_1, to));
            }
        }
    }

    private long remittance(long union, long employer, String code, LocalDate month) {
        jdbc.update("insert into remittance (union_id, district_id, employer_id, credit_code, payer_name, funds_month, entry_no, payroll, due,"
                + " paid, paid_on, payer_type, channel, version, created_at, updated_at) select ?, u.district_id, ?, ?, '测试单位', ?, 0, 50000,"
                + " 1000, 1000, ?, 'PREPARATORY', 'TAX', 0, current_timestamp, current_timestamp from union_org u where u.id = ?",
                union, employer, code, month.withDayOfMonth(1), month, union);
        return jdbc.queryForObject("select max(id) from remittance where credit_code = ?", Long.class, code);
    }

    /** A month's union funds (payer FUNDS) due and paid by an employer: 欠缴工会经费的单位 where the months fall short. */
    private long owed(long union, long employer, String code, LocalDate month, int due, int paid) {
        jdbc.update("insert into remittance (union_id, district_id, employer_id, credit_code, payer_name, funds_month, entry_no, payroll, due,"
                + " paid, paid_on, payer_type, channel, version, created_at, updated_at) select ?, u.district_id, ?, ?, '测试单位', ?, 0, 50000,"
                + " ?, ?, ?, 'FUNDS', 'TAX', 0, current_timestamp, current_timestamp from union_org u where u.id = ?",
                union, employer, code, month.withDayOfMonth(1), due, paid, month, union);
        return jdbc.queryForObject("select max(id) from remittance where credit_code = ?", Long.class, code);
    }

    private long disclosure(long union, long employer, LocalDate on) {
        jdbc.update("insert into disclosure (union_id, district_id, employer_id, published_on, channel, subject, version, created_at, updated_at)"
                + " select ?, u.district_id, ?, ?, 'BOARD', '年度经营情况', 0, current_timestamp, current_timestamp from union_org u where u.id = ?",
                union, employer, on, union);
        return jdbc.queryForObject("select max(id) from disclosure where employer_id = ?", Long.class, employer);
    }

    private void returned(long union, long employer, LocalDate on) {
        // the rule read first: Citus plans no correlated subquery beside a reference table (union_org)
        long rule = jdbc.queryForObject("select min(id) from funds_return_rule", Long.class);
        jdbc.update("insert into fund_return (union_id, district_id, employer_id, return_year, entry_no, paid_in_year, amount, rule_id,"
                + " returned_on, approval_no, version, created_at, updated_at) select ?, u.district_id, ?, ?, 0, 2000, 1000,"
                + " ?, ?, '返〔1〕号', 0, current_timestamp, current_timestamp from union_org u where u.id = ?",
                union, employer, on.getYear() - 1, rule, on, union);
    }

    private long protection(long union, long employer, LocalDate checkedOn) {
        jdbc.update("insert into womens_protection (union_id, district_id, employer_id, protection_year, four_periods, checked_on, version,"
                + " created_at, updated_at) select ?, u.district_id, ?, ?, true, ?, 0, current_timestamp, current_timestamp"
                + " from union_org u where u.id = ?", union, employer, JAN_1.getYear(), checkedOn, union);
        return jdbc.queryForObject("select max(id) from womens_protection where employer_id = ?", Long.class, employer);
    }
}
