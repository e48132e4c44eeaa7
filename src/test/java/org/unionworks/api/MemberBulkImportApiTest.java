package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

/**
 * A generated 100,000-row member workbook (plus 1% bad rows) imported on PostgreSQL: every good
 * row arrives exactly once, every bad one is in the error workbook, and importing again changes
 * nothing. The 1M-row case is measured by the benchmark command.
 */
class MemberBulkImportApiTest extends ApiTestBase {

    static final int GOOD = 100_000;
    static final int BAD = 1_000;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsOneHundredThousandMembersWithoutLosingOrDoublingARow() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "the bulk import runs in the PostgreSQL suite");
        Http admin = admin();
        long district = district(admin, unique("大批量区"));
        long union = createOrg(admin, district, unique("大厂工会"), "GRASSROOTS", "ENTERPRISE");
        Set<String> ids = new HashSet<>();
        byte[] file = workbook(union, ids);

        long analyzedBefore = analyses();
        long started = System.nanoTime();
        var result = admin.importFile("/api/members/import?mode=VALID_ONLY", "members.xlsx", file);
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(result.json().get("status").asString()).as(result.toString()).isEqualTo("DONE");
        assertThat(result.json().get("total").asInt()).isEqualTo(GOOD + BAD);
        assertThat(result.json().get("created").asInt()).isEqualTo(GOOD);
        assertThat(result.json().get("failed").asInt()).isEqualTo(BAD);
        assertThat(analysesAfter(analyzedBefore)).as("the planner's statistics refreshed after the import").isGreaterThan(analyzedBefore);
        TallyChecks.checkFolded(jdbc, "member_tally");
        System.out.printf("100k member import (one pass: validate + write, autoCommit): %d s, %d rows/s%n", seconds, (GOOD + BAD) / seconds);

        assertThat(jdbc.queryForObject("select count(*) from member where union_id = ?", Long.class, union)).isEqualTo(GOOD);
        assertThat(jdbc.queryForObject("select count(distinct id_number) from member where union_id = ?", Long.class, union))
                .isEqualTo(GOOD);
        Set<String> stored = new HashSet<>(jdbc.queryForList("select id_number from member where union_id = ?", String.class, union));
        assertThat(stored).isEqualTo(ids);

        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(
                admin.get("/api/imports/errors/" + result.json().get("errorFile").asString()).bytes()))) {
            assertThat(wb.getFirstSheet().read()).hasSize(BAD + 1);
        }

        var again = admin.importFile("/api/members/import?mode=VALID_ONLY", "members.xlsx", file);
        assertThat(again.json().get("unchanged").asInt()).as(again.toString()).isEqualTo(GOOD);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from member where union_id = ?", Long.class, union)).isEqualTo(GOOD);
    }

    /** GOOD valid distinct members, and every 100th row followed by one with a wrong check character. */
    private static byte[] workbook(long union, Set<String> ids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("会员");
        String[] headers = {"姓名", "身份证号", "所属工会编号", "民族", "是否农民工", "手机号", "入会时间"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
        }
        int r = 1;
        LocalDate birth = LocalDate.of(1970, 1, 1);
        for (int i = 0; i < GOOD; i++) {
            String first17 = String.format("3101%02d", 1 + i % 20) + birth.plusDays(i / 400).toString().replace("-", "")
                    + String.format("%03d", i % 400 + 100);
            String id = first17 + IdNumbers.checkChar(first17);
            ids.add(id);
            row(ws, r++, "会员" + i, id, union, i);
            if (i % 100 == 99) {
                char wrong = id.charAt(17) == '1' ? '2' : '1';
                row(ws, r++, "坏行" + i, first17 + wrong, union, i);
            }
            if (r % 5000 == 0) {
                ws.flush();
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void row(Worksheet ws, int r, String name, String id, long union, int i) {
        ws.value(r, 0, name);
        ws.value(r, 1, id);
        ws.value(r, 2, union);
        ws.value(r, 3, "汉族");
        ws.value(r, 4, i % 3 == 0 ? "是" : "否");
        ws.value(r, 5, String.format("139%08d", i));
        ws.value(r, 6, "2020-01-01");
    }

    /** Manual analyses of member, waiting up to 10 s for the statistics system to report one more than {@code before}. */
    private long analysesAfter(long before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        long n = analyses();
        while (n <= before && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            n = analyses();
        }
        return n;
    }

    private long analyses() {
        return jdbc.queryForObject("select analyze_count from pg_stat_user_tables where relid = 'member'::regclass", Long.class);
    }
}
