package org.unionworks.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TestDatabase;

/**
 * 欠缴单位 are counted from the few uneven months (paid ≠ due). PostgreSQL must know they are few, or it plans a parallel
 * grouping of nearly every month of the period (92 ms instead of 19 at city size): its estimate of the months the count
 * reads stays near the true number (V50_3). A planner rule, so PostgreSQL's.
 */
class ArrearsEstimateApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlannerKnowsHowFewMonthsAreUneven() {
        assumeTrue(TestDatabase.postgres() && !TestDatabase.citus(),
                "an estimate of one PostgreSQL's planner (on Citus, where remittances are distributed, each worker plans its shards)");
        Http admin = admin();
        long district = district(admin, unique("欠缴估算区"));
        List<String> codes = importEmployers(admin, district, "缴费单位", 60);
        int year = LocalDate.now().getYear() - 1;
        StringBuilder entries = new StringBuilder("统一社会信用代码,缴费单位名称,所属期,计费工资总额（元）,应缴金额（元）,实缴金额（元）,费种,缴费方式,缴费日期\n");
        for (int month = 1; month <= 3; month++) {
            for (int i = 0; i < codes.size(); i++) {
                String paid = i % 20 == 0 ? "1500" : "2000";
                entries.append(codes.get(i)).append(",单位,").append(year).append("-0").append(month).append(",100000,,").append(paid)
                        .append(",工会经费,税务代收,").append(year).append("-0").append(month).append("-20\n");
            }
        }
        var imported = admin.importFile("/api/remittances/import", "缴费.csv", entries.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(180);
        jdbc.execute("analyze remittance");

        String owing = "select r.employer_id" + FundsIndicators.OWING.formatted("true").replace(":from", "?").replace(":to", "?");
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String scanned = owing.substring(0, owing.indexOf(" group by"));
        long uneven = jdbc.queryForObject("select count(*) from (" + scanned + ") u", Long.class, from, to);
        String plan = jdbc.queryForObject("explain (format json) " + scanned, String.class, from, to);
        long estimated = Long.parseLong(plan.replaceAll("(?s).*?\"Plan Rows\": (\\d+).*", "$1"));
        assertThat(uneven).as("at least this test's nine uneven months").isGreaterThanOrEqualTo(9);
        assertThat(estimated).as("estimated uneven months against %d true ones: %s", uneven, plan).isLessThanOrEqualTo(3 * uneven + 20);
    }
}
