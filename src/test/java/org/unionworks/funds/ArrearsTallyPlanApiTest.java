package org.unionworks.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The arrears trigger (欠缴工会经费的单位, V59_11) re-reads the months of the employers a statement wrote. It must find
 * them by employer whatever the statistics say: just after a large import they say the year holds a few dozen rows, and a
 * plan that walked the year's months once per employer took 3.2 s for a sheet of 10,000 employers (CI's guard: the
 * remittance import at 0.013 of its floor). Every read of remittance in the trigger's statement is an index probe by
 * employer.
 */
class ArrearsTallyPlanApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theTriggerReadsItsEmployersMonthsByEmployer() {
        assumeTrue(TestDatabase.postgres() && !TestDatabase.citus(), "PostgreSQL's trigger (on Citus the figure is read from the rows)");
        Http admin = admin();
        long district = district(admin, unique("欠缴计划区"));
        List<String> codes = importEmployers(admin, district, "欠缴单位", 40);
        int year = LocalDate.now().getYear() - 2;
        StringBuilder entries = new StringBuilder("统一社会信用代码,缴费单位名称,所属期,计费工资总额（元）,应缴金额（元）,实缴金额（元）,费种,缴费方式,缴费日期\n");
        for (String code : codes) {
            entries.append(code).append(",单位,").append(year).append("-02,100000,,1500,工会经费,税务代收,").append(year).append("-02-20\n");
        }
        assertThat(admin.importFile("/api/remittances/import", "缴费.csv", entries.toString().getBytes(StandardCharsets.UTF_8))
                .json().get("created").asInt()).isEqualTo(40);

        String statement = jdbc.queryForObject("select arrears_tally_sql('changed', '(select * from remittance where false)')", String.class);
        String tally = statement.substring(statement.indexOf(';') + 1);
        String plan = transactions.execute(status -> {
            // The test's remittance table is a few pages, where reading it whole is rightly cheapest; at any size where
            // a probe matters it is not, and the plans left are the ones to choose between.
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("create temporary table changed on commit drop as select * from remittance where funds_month = '"
                    + year + "-02-01'");
            return jdbc.queryForObject("explain (format json) " + tally, String.class);
        });
        List<JsonNode> reads = new ArrayList<>();
        remittanceReads(JsonMapper.builder().build().readTree(plan).get(0).get("Plan"), reads);
        assertThat(reads).as(plan).isNotEmpty().allSatisfy(read -> assertThat(read.toString())
                .contains("\"Index Name\":\"ix_remittance_employer_uneven\"").contains("\"Index Cond\":\"((employer_id = "));
    }

    private static void remittanceReads(JsonNode node, List<JsonNode> reads) {
        if (node.has("Relation Name") && "remittance".equals(node.get("Relation Name").asString())) {
            reads.add(node);
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> remittanceReads(child, reads));
        }
    }
}
