package org.unionworks.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * The remittance import reads a month's few earlier entries at once and looks up a month with many a chunk at a time;
 * here every month counts as "many", so a re-import with one amount changed goes through the lookup and still updates
 * exactly that entry, leaves the other and adds the new one.
 */
class RemittanceLookupApiTest extends ApiTestBase {

    @Autowired
    RemittanceImportDefinition definition;

    @AfterEach
    void restore() {
        definition.holdAtMost(RemittanceImportDefinition.HELD_ENTRIES);
    }

    private static final String HEADER = "统一社会信用代码,缴费单位名称,所属期,计费工资总额（元）,应缴金额（元）,实缴金额（元）,费种,缴费方式,缴费日期\n";

    @Test
    void aReimportOfAMonthWithManyEntriesUpdatesOnlyWhatChanged() {
        definition.holdAtMost(0);
        Http admin = admin();
        String month = (LocalDate.now().getYear() - 1) + "-02";
        String paidOn = (LocalDate.now().getYear() - 1) + "-03-10";
        String a = creditCode();
        String b = creditCode();
        String first = HEADER + a + ",甲公司," + month + ",100000,,2000,工会经费,税务代收," + paidOn + "\n"
                + b + ",乙公司," + month + ",50000,,1000,工会经费,税务代收," + paidOn + "\n";
        var job = admin.importFile("/api/remittances/import", "二月.csv", first.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("created").asInt()).as(job.toString()).isEqualTo(2);

        String c = creditCode();
        String again = HEADER + a + ",甲公司," + month + ",100000,,1500,工会经费,税务代收," + paidOn + "\n"
                + b + ",乙公司," + month + ",50000,,1000,工会经费,税务代收," + paidOn + "\n"
                + c + ",丙公司," + month + ",20000,,400,工会经费,税务代收," + paidOn + "\n";
        var second = admin.importFile("/api/remittances/import", "二月更正.csv", again.getBytes(StandardCharsets.UTF_8));
        assertThat(second.json().get("created").asInt()).as(second.toString()).isEqualTo(1);
        assertThat(second.json().get("updated").asInt()).isEqualTo(1);
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(1);
        var listed = admin.get("/api/remittances?unmatched=true&q=" + a).json();
        assertThat(listed.get("items").get(0).get("paid").decimalValue()).isEqualByComparingTo("1500");
    }
}
