package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * 工会经费 and 经审 through the API as a federation uses them: the tax office's monthly sheet with rows for payers not yet
 * registered, closed months and corrections, returns to small enterprises, allocations, audits whose findings go to the
 * rectification ledger, and every figure counted by hand and reconciled with the rows per district.
 */
class FundsApiTest extends ApiTestBase {

    private static final String HEADER = "统一社会信用代码,缴费单位名称,所属期,计费工资总额（元）,应缴金额（元）,实缴金额（元）,费种,缴费方式,缴费日期\n";

    @Autowired
    JdbcTemplate jdbc;

    private Http admin;
    private long district;
    private long grassroots;
    private Http districtUser;
    private final int year = LocalDate.now(FEDERATION).getYear() - 2;

    @BeforeEach
    void aDistrictWithAUnion() {
        admin = admin();
        district = district(admin, unique("经费区"));
        grassroots = createOrg(admin, district, unique("机械厂工会"), "GRASSROOTS", "ENTERPRISE");
        districtUser = userAt(admin, district, "DISTRICT_ADMIN", unique("jf"));
    }

    /** An employer of {@code districtId} with a grassroots union of its own (a grassroots union covers one employer). */
    private long coveredEmployer(long districtId, String name, int employees) {
        long union = createOrg(admin, districtId, unique(name + "工会"), "GRASSROOTS", "ENTERPRISE");
        long employer = EmployerApiTest.createEmployer(admin, districtId, unique(name), employees);
        var r = admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", "2021-01-01"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return employer;
    }

    private String code(long employer) {
        return admin.get("/api/employers/" + employer).json().get("creditCode").asString();
    }

    private static String row(String code, String name, String month, int payroll, String due, int paid, String type, String paidOn) {
        return String.join(",", code, name, month, String.valueOf(payroll), due, String.valueOf(paid), type, "税务代收", paidOn) + "\n";
    }

    static BigDecimal value(JsonNode figures, String key) {
        for (JsonNode f : figures) {
            if (f.get("key").asString().equals(key)) {
                return f.get("value").isNull() ? null : new BigDecimal(f.get("value").asString());
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private JsonNode figures(long under, String from, String to, String keys, String by) {
        return admin.get("/api/figures?under=" + under + "&from=" + from + "&to=" + to + "&keys=" + keys + (by == null ? "" : "&by=" + by)).json();
    }

    @Test
    void anEntryTheCityTookBeforeItsEmployerRegisteredGoesToTheEmployersDistrictWithItsCorrectionWhenRematched() {
        String code = creditCode();
        cityEntryWithCorrectionThenEmployerRegistered(code);
        assertThat(admin.post("/api/remittances/rematch", Map.of()).json().get("matched").asInt()).isGreaterThanOrEqualTo(2);
        assertBothInTheDistrict(code);
    }

    @Test
    void anEntryTheCityTookBeforeItsEmployerRegisteredGoesToTheEmployersDistrictWithItsCorrectionWhenImportedAgain() {
        String code = creditCode();
        String sheet = cityEntryWithCorrectionThenEmployerRegistered(code);
        var again = admin.importFile("/api/remittances/import", "市级代收.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("updated").asInt()).as(again.toString()).isEqualTo(1);
        assertBothInTheDistrict(code);
    }

    /** The city imports an entry of a payer not yet registered and books a correction; then the payer registers in the district. */
    private String cityEntryWithCorrectionThenEmployerRegistered(String code) {
        String sheet = HEADER + row(code, "迁入公司", year + "-03", 40_000, "", 800, "工会经费", year + "-04-15");
        var job = admin.importFile("/api/remittances/import", "市级代收.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("status").asString()).as(job.toString()).isEqualTo("DONE");
        long id = admin.get("/api/remittances?q=" + code).json().get("items").get(0).get("id").asLong();
        var corrected = admin.post("/api/remittances/" + id + "/corrections", Map.of("month", year + "-04", "payroll", "0", "due", "0",
                "paid", "200", "paidOn", year + "-05-10", "note", "补缴"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(value(figures(district, year + "-01-01", year + "-12-31", "funds.collected", null), "funds.collected"))
                .isEqualByComparingTo("0");
        var registered = admin.post("/api/employers", EmployerApiTest.employer(district, unique("迁入公司"), code, 12));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return sheet;
    }

    private void assertBothInTheDistrict(String code) {
        assertThat(districtUser.get("/api/remittances?q=" + code).json().get("total").asLong()).as("the entry and its correction")
                .isEqualTo(2);
        assertThat(value(figures(district, year + "-01-01", year + "-12-31", "funds.collected", null), "funds.collected"))
                .as("800 + 200 元").isEqualByComparingTo("0.10");
    }

    @Test
    void theTaxOfficeSheetGoesInWithUnmatchedRowsKeptAndMatchedOnceTheEmployerIsRegistered() {
        long plant = coveredEmployer(district, "机械厂", 50);
        long shop = EmployerApiTest.createEmployer(admin, district, unique("商店"), 30);
        long silent = coveredEmployer(district, "配件厂", 40);
        String unknown = creditCode();
        String march = year + "-03";
        String sheet = HEADER + row(code(plant), "机械厂", march, 100_000, "", 2_000, "工会经费", year + "-04-10")
                + row(code(plant), "机械厂", year + "年4月", 100_000, "", 1_500, "工会经费", year + "-05-10")
                + row(code(shop), "商店", march, 50_000, "1000", 1_000, "筹备金", year + "-04-12")
                + row(unknown, "新开公司", march, 40_000, "", 800, "工会经费", year + "-04-15");
        var job = districtUser.importFile("/api/remittances/import", "税务代收.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.json().get("created").asInt()).isEqualTo(4);
        assertThat(job.json().get("message").asString()).as("the unmatched row is said, not dropped").contains("其中1行").contains("未匹配");

        JsonNode unmatched = districtUser.get("/api/remittances?unmatched=true").json();
        assertThat(unmatched.get("total").asLong()).isEqualTo(1);
        assertThat(unmatched.get("items").get(0).get("unionId").asLong()).as("kept under the importing union").isEqualTo(district);
        var registered = admin.post("/api/employers", EmployerApiTest.employer(district, unique("新开公司"), unknown, 12));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(districtUser.post("/api/remittances/rematch", Map.of()).json().get("matched").asInt()).isEqualTo(1);
        assertThat(districtUser.get("/api/remittances?unmatched=true").json().get("total").asLong()).isZero();

        var again = districtUser.importFile("/api/remittances/import", "税务代收.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("created").asInt()).as(again.toString()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(4);

        String from = year + "-01-01";
        String to = year + "-12-31";
        JsonNode f = figures(district, from, to, "funds.due,funds.collected,funds.collectionRate,funds.preparatoryPayers,funds.arrearsEmployers",
                null);
        assertThat(value(f, "funds.due")).as("2,000 + 2,000 + 1,000 + 800 元").isEqualByComparingTo("0.58");
        assertThat(value(f, "funds.collected")).as("2,000 + 1,500 + 1,000 + 800 元").isEqualByComparingTo("0.53");
        assertThat(value(f, "funds.collectionRate")).isEqualByComparingTo("91.4");
        assertThat(value(f, "funds.preparatoryPayers")).isEqualByComparingTo("1");
        assertThat(value(f, "funds.arrearsEmployers")).isEqualByComparingTo("1");
        JsonNode byType = figures(district, from, to, "funds.collected", "payerType").get(0).get("parts");
        assertThat(byType.get(0).get("value").decimalValue().add(byType.get(1).get("value").decimalValue())).isEqualByComparingTo("0.53");

        JsonNode arrears = districtUser.get("/api/remittances/arrears?from=" + year + "-01&to=" + year + "-12").json();
        assertThat(arrears.get("total").asLong()).isEqualTo(1);
        assertThat(arrears.get("items").get(0).get("employerId").asLong()).isEqualTo(plant);
        assertThat(arrears.get("items").get(0).get("owed").decimalValue()).isEqualByComparingTo("500");
        JsonNode quiet = districtUser.get("/api/remittances/silent?from=" + year + "-01&to=" + year + "-12").json();
        assertThat(quiet.get("items").findValuesAsString("employerId")).contains(String.valueOf(silent)).doesNotContain(String.valueOf(plant));
        JsonNode payers = districtUser.get("/api/remittances/preparatory-payers?from=" + year + "-01&to=" + year + "-12").json();
        assertThat(payers).hasSize(1);
        assertThat(payers.get(0).get("employerId").asLong()).isEqualTo(shop);
        assertThat(payers.get(0).get("candidate").asBoolean()).as("no union yet: a candidate for founding one").isTrue();

        JsonNode split = districtUser.get("/api/remittances/split?from=" + year + "-01&to=" + year + "-12").json();
        assertThat(split.get("collected").decimalValue()).isEqualByComparingTo("5300");
        BigDecimal levels = BigDecimal.ZERO;
        Map<String, BigDecimal> byLevel = new HashMap<>();
        for (JsonNode l : split.get("levels")) {
            levels = levels.add(l.get("amount").decimalValue());
            byLevel.put(l.get("level").asString(), l.get("amount").decimalValue());
        }
        assertThat(levels).as("the levels add up to the collection").isEqualByComparingTo("5300");
        assertThat(byLevel.get("GRASSROOTS")).as("60 % of 4,300 元 of 工会经费, none of 筹备金").isEqualByComparingTo("2580");
        assertThat(byLevel.get("DISTRICT")).as("15 % of 4,300 and 75 % of 1,000").isEqualByComparingTo("1395");
        assertThat(districtUser.get("/api/remittances/export?from=" + year + "-01").status()).isEqualTo(200);
    }

    /** Owing is over the period: a month paid short and a later one paid over by as much leave nothing owed. */
    @Test
    void anEmployerWhoseLaterMonthMadeUpTheShortOneOwesNothing() {
        long caughtUp = coveredEmployer(district, "补缴厂", 50);
        long owing = coveredEmployer(district, "欠缴厂", 50);
        long exact = coveredEmployer(district, "足额厂", 50);
        String sheet = HEADER + row(code(caughtUp), "补缴厂", year + "-05", 100_000, "", 1_500, "工会经费", year + "-06-10")
                + row(code(caughtUp), "补缴厂", year + "-06", 100_000, "", 2_500, "工会经费", year + "-07-10")
                + row(code(owing), "欠缴厂", year + "-05", 100_000, "", 1_000, "工会经费", year + "-06-10")
                + row(code(owing), "欠缴厂", year + "-06", 100_000, "", 2_400, "工会经费", year + "-07-10")
                + row(code(exact), "足额厂", year + "-05", 100_000, "", 2_000, "工会经费", year + "-06-10");
        var job = districtUser.importFile("/api/remittances/import", "补缴.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("created").asInt()).as(job.toString()).isEqualTo(5);
        JsonNode f = figures(district, year + "-05-01", year + "-06-30", "funds.arrearsEmployers", null);
        assertThat(value(f, "funds.arrearsEmployers")).as("short 1,000 and over 400: still 600 owed; short 500, over 500: none")
                .isEqualByComparingTo("1");
        JsonNode arrears = districtUser.get("/api/remittances/arrears?under=" + district + "&from=" + year + "-05&to=" + year + "-06").json();
        assertThat(arrears.get("total").asLong()).isEqualTo(1);
        assertThat(arrears.get("items").get(0).get("employerId").asLong()).isEqualTo(owing);
        assertThat(arrears.get("items").get(0).get("owed").decimalValue()).isEqualByComparingTo("600");
        JsonNode may = figures(district, year + "-05-01", year + "-05-31", "funds.arrearsEmployers", null);
        assertThat(value(may, "funds.arrearsEmployers")).as("in May alone both were short").isEqualByComparingTo("2");
    }

    @Test
    void aClosedMonthIsNeverEditedAndItsCorrectionIsBookedInAnOpenMonth() {
        long plant = coveredEmployer(district, "纺织厂", 80);
        String month = "2001-0" + (1 + (int) (Math.abs(district) % 8));
        String next = "2001-" + String.format("%02d", Integer.parseInt(month.substring(5)) + 1);
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", code(plant), "month", month, "payroll", "200000", "paid", "3000",
                "payerType", "FUNDS", "channel", "DIRECT", "paidOn", month + "-20"));
        var bad = districtUser.post("/api/remittances", Map.of("creditCode", code(plant), "month", "2001-13", "payroll", "1", "paid", "0",
                "payerType", "FUNDS", "channel", "TAX"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("所属期应为年月");
        var created = districtUser.post("/api/remittances", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("due").decimalValue()).as("2 % of the payroll").isEqualByComparingTo("4000");
        assertThat(districtUser.post("/api/remittances", body).status()).as("one entry per month and payer type").isEqualTo(409);
        long id = created.json().get("id").asLong();
        body.put("version", created.json().get("version").asLong());
        body.put("paid", "3500");
        var edited = districtUser.put("/api/remittances/" + id, body);
        assertThat(edited.status()).as("an open month is edited").isEqualTo(200);
        assertThat(edited.json().get("paid").decimalValue()).isEqualByComparingTo("3500");
        body.put("paid", "3000");
        body.put("version", edited.json().get("version").asLong());
        created = districtUser.put("/api/remittances/" + id, body);
        Map<String, Object> spare = new HashMap<>(body);
        spare.remove("version");
        spare.put("payerType", "PREPARATORY");
        var mistaken = districtUser.post("/api/remittances", spare);
        assertThat(mistaken.status()).as(mistaken.toString()).isEqualTo(201);
        assertThat(districtUser.delete("/api/remittances/" + mistaken.json().get("id").asLong()).status()).isEqualTo(204);

        assertThat(districtUser.post("/api/funds/closed-months", Map.of("month", month)).status()).as("the city closes months").isEqualTo(403);
        var closed = admin.post("/api/funds/closed-months", Map.of("month", month));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(admin.post("/api/funds/closed-months", Map.of("month", month)).status()).isEqualTo(409);
        body.put("version", created.json().get("version").asLong());
        body.put("paid", "4000");
        var edit = districtUser.put("/api/remittances/" + id, body);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.text()).contains("已结账");
        assertThat(districtUser.delete("/api/remittances/" + id).status()).isEqualTo(409);
        var sheet = HEADER + row(code(plant), "纺织厂", month, 200_000, "", 4_000, "工会经费", month + "-25");
        var refused = districtUser.importFile("/api/remittances/import", "补缴.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.toString()).contains("已结账");
        assertThat(districtUser.get("/api/remittances?q=" + code(plant)).json().get("items").get(0).get("paid").decimalValue())
                .isEqualByComparingTo("3000");

        Map<String, Object> correction = Map.of("month", month, "payroll", "0", "due", "0", "paid", "1000", "paidOn", next + "-05",
                "note", "补缴");
        assertThat(districtUser.post("/api/remittances/" + id + "/corrections", correction).status()).as("not in the closed month").isEqualTo(409);
        Map<String, Object> inNext = new HashMap<>(correction);
        inNext.put("month", next);
        var booked = districtUser.post("/api/remittances/" + id + "/corrections", inNext);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("correctionOf").asLong()).isEqualTo(id);
        JsonNode f = figures(district, "2001-01-01", "2001-12-31", "funds.collected,funds.arrearsEmployers", null);
        assertThat(value(f, "funds.collected")).as("3,000 + 1,000 元").isEqualByComparingTo("0.40");
        assertThat(value(f, "funds.arrearsEmployers")).isEqualByComparingTo("0");
        assertThat(admin.get("/api/funds/closed-months").json().findValuesAsString("month")).contains(month);
    }

    @Test
    void smallEnterprisesGetTheirFundsBackAndEveryDistrictReconcilesWithItsRows() {
        long other = district(admin, unique("返还区"));
        int returnYear = LocalDate.now().getYear() - 1;
        for (long[] d : new long[][] {{district}, {other}}) {
            long small = coveredEmployer(d[0], "小微企业", 20);
            long large = coveredEmployer(d[0], "大企业", 300);
            StringBuilder sheet = new StringBuilder(HEADER);
            for (int m = 1; m <= 2; m++) {
                String month = returnYear + "-0" + m;
                sheet.append(row(code(small), "小微企业", month, 50_000, "", 1_000, "工会经费", returnYear + "-0" + m + "-20"));
                sheet.append(row(code(large), "大企业", month, 1_000_000, "", 20_000, "工会经费", returnYear + "-0" + m + "-20"));
            }
            var job = admin.importFile("/api/remittances/import", "缴费.csv", sheet.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(job.json().get("status").asString()).as(job.toString()).isEqualTo("DONE");

            JsonNode eligible = admin.get("/api/fund-returns/eligible?under=" + d[0] + "&year=" + returnYear).json();
            assertThat(eligible.get("total").asLong()).as("only the small enterprise").isEqualTo(1);
            assertThat(eligible.get("items").get(0).get("amount").decimalValue()).isEqualByComparingTo("2000");
            String today = LocalDate.now().toString();
            var refused = admin.post("/api/fund-returns", Map.of("creditCode", code(large), "year", returnYear, "returnedOn", today,
                    "approvalNo", "返〔1〕号"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("超过返还规则");
            var paid = admin.post("/api/fund-returns", Map.of("creditCode", code(small), "year", returnYear, "returnedOn", today,
                    "approvalNo", "返〔1〕号"));
            assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
            assertThat(admin.post("/api/fund-returns", Map.of("creditCode", code(small), "year", returnYear, "returnedOn", today,
                    "approvalNo", "返〔1〕号")).status()).isEqualTo(409);
            var corrected = admin.post("/api/fund-returns/" + paid.json().get("id").asLong() + "/corrections", Map.of("amount", "-100",
                    "on", today, "approvalNo", "返〔2〕号", "note", "多返部分收回"));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
            assertThat(admin.post("/api/fund-returns/" + corrected.json().get("id").asLong() + "/corrections", Map.of("amount", "-1",
                    "on", today, "approvalNo", "返〔3〕号", "note", "再更正")).toString()).contains("请对原始返还记录录入更正");
            assertThat(admin.get("/api/fund-returns/eligible?under=" + d[0] + "&year=" + returnYear).json().get("items").get(0)
                    .get("returned").asBoolean()).isTrue();
        }
        for (long d : List.of(district, other)) {
            BigDecimal[] sums = reconciled(d, "after the returns");
            assertThat(sums[0]).isEqualByComparingTo("42000");
            assertThat(sums[1]).isEqualByComparingTo("1900");
            assertThat(value(figures(d, LocalDate.now().getYear() - 1 + "-01-01", LocalDate.now().toString(), "funds.smallReturns", null),
                    "funds.smallReturns")).isEqualByComparingTo("1");
        }
        assertThat(admin.get("/api/fund-returns/export?under=" + district).status()).isEqualTo(200);

        long closing = admin.get("/api/remittances?under=" + other + "&size=1").json().get("items").get(0).get("unionId").asLong();
        long successor = createOrg(admin, district, unique("接收工会"), "GRASSROOTS", "ENTERPRISE");
        var merged = admin.post("/api/orgs/" + closing + "/merge", Map.of("intoId", successor, "on", LocalDate.now().toString(),
                "reason", "企业合并"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        BigDecimal[] gained = reconciled(district, "after a union of the other district merged into one of this");
        BigDecimal[] left = reconciled(other, "after one of its unions merged into the first district");
        assertThat(gained[0].add(left[0])).isEqualByComparingTo("84000");
        assertThat(gained[1].add(left[1])).isEqualByComparingTo("3800");
    }

    /**
     * District {@code d}'s 实收 and 返还 figures against the sums of its remittances and returns as listed (by the unions under
     * it); returns those two sums in 元.
     */
    private BigDecimal[] reconciled(long d, String when) {
        BigDecimal remitted = BigDecimal.ZERO;
        for (JsonNode r : admin.get("/api/remittances?under=" + d + "&size=200").json().get("items")) {
            remitted = remitted.add(r.get("paid").decimalValue());
        }
        BigDecimal returned = BigDecimal.ZERO;
        for (JsonNode r : admin.get("/api/fund-returns?under=" + d + "&size=200").json().get("items")) {
            returned = returned.add(r.get("amount").decimalValue());
        }
        JsonNode f = figures(d, LocalDate.now().getYear() - 1 + "-01-01", LocalDate.now().toString(),
                "funds.collected,funds.smallReturnAmount", null);
        assertThat(value(f, "funds.collected")).as(when + ": collected = the sum of the district's remittances")
                .isEqualByComparingTo(remitted.movePointLeft(4));
        assertThat(value(f, "funds.smallReturnAmount")).as(when + ": returned = the sum of the district's returns")
                .isEqualByComparingTo(returned.movePointLeft(4));
        if (TestDatabase.postgres()) {
            // the tally the figures read for a district, on PostgreSQL and on Citus
            assertThat(jdbc.queryForObject("select coalesce(sum(paid_funds + paid_prep), 0) from remittance_tally where grain = 'D'"
                    + " and district_id = ?", BigDecimal.class, d)).as(when + ": the district's remittances in the tally")
                    .isEqualByComparingTo(jdbc.queryForObject("select coalesce(sum(paid), 0) from remittance where district_id = ?",
                            BigDecimal.class, d));
        }
        return new BigDecimal[] {remitted, returned};
    }

    @Test
    void allocationsAndAuditsWhoseFindingsAreRectifiedInTheLedger() {
        String today = LocalDate.now().toString();
        Map<String, Object> grant = new HashMap<>(Map.of("unionId", district, "toUnionId", grassroots, "purpose", "LOWER_UNION",
                "amount", "30000", "allocatedOn", today, "approvalNo", "拨〔1〕号", "approvedBy", "王主席"));
        var granted = districtUser.post("/api/fund-allocations", grant);
        assertThat(granted.status()).isEqualTo(201);
        grant.put("amount", "25000");
        grant.put("version", granted.json().get("version").asLong());
        var regranted = districtUser.put("/api/fund-allocations/" + granted.json().get("id").asLong(), grant);
        assertThat(regranted.status()).as(regranted.toString()).isEqualTo(200);
        assertThat(districtUser.delete("/api/fund-allocations/" + granted.json().get("id").asLong()).status()).isEqualTo(204);
        grant.remove("version");
        grant.put("amount", "30000");
        assertThat(districtUser.post("/api/fund-allocations", grant).status()).isEqualTo(201);
        grant.put("toUnionId", district);
        assertThat(districtUser.post("/api/fund-allocations", grant).text()).contains("下级工会");
        var warmth = districtUser.post("/api/fund-allocations", Map.of("purpose", "PROGRAMME", "programmeKind", "送温暖", "amount", "20000",
                "allocatedOn", today, "approvalNo", "拨〔2〕号", "approvedBy", "王主席"));
        assertThat(warmth.status()).as(warmth.toString()).isEqualTo(201);
        assertThat(warmth.json().get("programmeKind").asString()).isEqualTo("WARMTH");
        var fix = districtUser.post("/api/fund-allocations/" + warmth.json().get("id").asLong() + "/corrections", Map.of("amount", "-5000",
                "on", today, "approvalNo", "拨〔3〕号", "note", "项目结余收回"));
        assertThat(fix.status()).as(fix.toString()).isEqualTo(201);
        var ofACorrection = districtUser.post("/api/fund-allocations/" + fix.json().get("id").asLong() + "/corrections",
                Map.of("amount", "-100", "on", today, "approvalNo", "拨〔4〕号", "note", "再更正"));
        assertThat(ofACorrection.status()).as(ofACorrection.toString()).isEqualTo(400);
        assertThat(ofACorrection.toString()).contains("请对原始拨付记录录入更正");
        assertThat(districtUser.post("/api/fund-allocations/" + warmth.json().get("id").asLong() + "/corrections", Map.of("amount", "-46000",
                "on", today, "approvalNo", "拨〔5〕号", "note", "超额收回")).toString()).as("never below zero").contains("不能为负数");
        String from = LocalDate.now().withDayOfYear(1).toString();
        JsonNode byPurpose = figures(district, from, today, "funds.allocated", "allocationPurpose").get(0);
        assertThat(byPurpose.get("value").decimalValue()).isEqualByComparingTo("4.50");
        BigDecimal parts = BigDecimal.ZERO;
        for (JsonNode p : byPurpose.get("parts")) {
            parts = parts.add(p.get("value").decimalValue());
        }
        assertThat(parts).isEqualByComparingTo("4.50");
        JsonNode spending = districtUser.get("/api/fund-allocations/spending?from=" + from + "&to=" + today).json();
        assertThat(spending.findValuesAsString("label")).contains("普惠服务项目：送温暖", "困难职工帮扶");

        var audit = districtUser.post("/api/funds-audits", Map.of("unionId", grassroots, "year", LocalDate.now().getYear(), "kind", "UNION",
                "scope", "工会经费收支", "coversFrom", from, "coversTo", today, "plannedMonth", today.substring(0, 7)));
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        long id = audit.json().get("id").asLong();
        Map<String, Object> plan = new HashMap<>(Map.of("unionId", grassroots, "year", LocalDate.now().getYear(), "kind", "PROJECT",
                "project", "送温暖专项资金", "scope", "专项资金使用", "coversFrom", from, "coversTo", today, "plannedMonth", today.substring(0, 7)));
        var spare = districtUser.post("/api/funds-audits", plan);
        plan.put("version", spare.json().get("version").asLong());
        plan.put("auditors", "张三、李四");
        assertThat(districtUser.put("/api/funds-audits/" + spare.json().get("id").asLong(), plan).status()).isEqualTo(200);
        assertThat(districtUser.delete("/api/funds-audits/" + spare.json().get("id").asLong()).status()).isEqualTo(204);
        Map<String, Object> finding = Map.of("category", "SPENDING", "description", "慰问品采购缺少验收单", "amount", "12000",
                "ownerPerson", "李会计", "deadline", LocalDate.now().plusMonths(1).toString(), "foundOn", today);
        assertThat(districtUser.post("/api/funds-audits/" + id + "/findings", finding).status()).as("not before it starts").isEqualTo(409);
        var started = districtUser.post("/api/funds-audits/" + id + "/start", Map.of("on", today, "version", audit.json().get("version").asLong()));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        var found = districtUser.post("/api/funds-audits/" + id + "/findings", finding);
        assertThat(found.status()).as(found.toString()).isEqualTo(201);
        long item = found.json().get("rectificationId").asLong();
        JsonNode rectification = districtUser.get("/api/rectifications/" + item).json();
        assertThat(rectification.get("source").asString()).isEqualTo("FUNDS_AUDIT");
        assertThat(rectification.get("ownerPerson").asString()).isEqualTo("李会计");
        var noFile = districtUser.post("/api/funds-audits/" + id + "/report", Map.of("on", today, "conclusion", "总体规范",
                "version", started.json().get("version").asLong()));
        assertThat(noFile.text()).contains("请上传审查报告");
        String file = districtUser.upload("/api/files", "审查报告.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        var reported = districtUser.post("/api/funds-audits/" + id + "/report", Map.of("on", today, "conclusion", "总体规范",
                "reportFile", file, "version", started.json().get("version").asLong()));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().get("reportFileName").asString()).isEqualTo("审查报告.pdf");

        String keys = "funds.audits,funds.auditFindings,funds.findingAmount,funds.findingsRectified";
        JsonNode f = figures(district, from, today, keys, null);
        assertThat(value(f, "funds.audits")).isEqualByComparingTo("1");
        assertThat(value(f, "funds.auditFindings")).isEqualByComparingTo("1");
        assertThat(value(f, "funds.findingAmount")).isEqualByComparingTo("1.20");
        assertThat(value(f, "funds.findingsRectified")).isEqualByComparingTo("0");
        var done = districtUser.post("/api/rectifications/" + item + "/complete", Map.of("doneOn", today, "result", "已补齐验收单"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(value(figures(district, from, today, keys, null), "funds.findingsRectified")).isEqualByComparingTo("1");
        JsonNode listed = districtUser.get("/api/funds-audits?year=" + LocalDate.now().getYear()).json().get("items").get(0);
        assertThat(listed.get("findings").asInt()).isEqualTo(1);
        assertThat(listed.get("rectified").asInt()).isEqualTo(1);
        assertThat(districtUser.get("/api/funds-audits/" + id + "/findings").json().get(0).get("rectificationStatus").asString()).isEqualTo("DONE");
        assertThat(districtUser.get("/api/funds-audits/export").status()).isEqualTo(200);
        assertThat(districtUser.get("/api/fund-allocations/export").status()).isEqualTo(200);
    }

    @Test
    void allocationsAndTheAuditPlanComeInAsSheets() {
        String year = String.valueOf(LocalDate.now().getYear());
        // days already past on any day of the year (a day to come is refused)
        LocalDate first = LocalDate.now().minusDays(2);
        String allocations = "拨付工会,用途,拨付对象工会,普惠服务项目,项目名称,金额（元）,拨付日期,审批文号,审批人\n"
                + district + ",补助下级工会," + grassroots + ",,,50000," + first + ",拨〔1〕号,王主席\n"
                + district + ",普惠服务项目,,金秋助学,,3万," + first.plusDays(1) + ",拨〔2〕号,王主席\n";
        var job = districtUser.importFile("/api/fund-allocations/import", "拨付.csv", allocations.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.json().get("created").asInt()).isEqualTo(2);
        JsonNode listed = districtUser.get("/api/fund-allocations?purpose=PROGRAMME").json().get("items");
        assertThat(listed.get(0).get("programmeKind").asString()).isEqualTo("SCHOOL");
        assertThat(listed.get(0).get("amount").decimalValue()).as("3万 is 30,000 元").isEqualByComparingTo("30000");
        String wrong = "拨付工会,用途,拨付对象工会,普惠服务项目,项目名称,金额（元）,拨付日期,审批文号,审批人\n"
                + district + ",补助上级工会,,,,100," + first + ",拨〔3〕号,王主席\n";
        assertThat(districtUser.importFile("/api/fund-allocations/import", "错.csv", wrong.getBytes(StandardCharsets.UTF_8)).toString())
                .contains("用途“补助上级工会”");

        String plan = "被审查单位,计划年度,审查类型,项目名称,审查范围,审查期间起,审查期间止,计划实施月份,审查人员\n"
                + grassroots + "," + year + ",工会经费收支,,上年度经费收支," + (LocalDate.now().getYear() - 1) + "-01-01,"
                + (LocalDate.now().getYear() - 1) + "-12-31," + year + "-09,张三\n"
                + grassroots + "," + year + ",专项资金,送温暖专项,专项资金使用," + year + "-01-01," + year + "-06-30," + year + "-10,李四\n";
        var planned = districtUser.importFile("/api/funds-audits/import", "审查计划.csv", plan.getBytes(StandardCharsets.UTF_8));
        assertThat(planned.json().get("status").asString()).as(planned.toString()).isEqualTo("DONE");
        JsonNode audits = districtUser.get("/api/funds-audits?year=" + year).json();
        assertThat(audits.get("total").asLong()).isEqualTo(2);
        assertThat(audits.get("items").findValuesAsString("project")).contains("送温暖专项");
        assertThat(audits.get("items").findValuesAsString("status")).containsOnly("PLANNED");
    }

    @Test
    void theSplitAndTheReturnRuleAreSetByTheCityOnly() {
        Map<String, Object> share = Map.of("payerType", "FUNDS", "effectiveFrom", "2000-01-01", "grassroots", "60", "district", "15",
                "city", "15", "province", "5", "national", "5", "note", "按本省规定");
        assertThat(districtUser.post("/api/funds/shares", share).status()).isEqualTo(403);
        Map<String, Object> wrong = new HashMap<>(share);
        wrong.put("city", "20");
        assertThat(admin.post("/api/funds/shares", wrong).text()).contains("100%");
        assertThat(admin.post("/api/funds/shares", share).status()).isEqualTo(201);
        assertThat(admin.get("/api/funds/shares").json().findValuesAsString("note")).as("the same day's share replaced").contains("按本省规定");
        assertThat(districtUser.post("/api/funds/return-rules", Map.of("effectiveFrom", "2000-01-01", "maxEmployees", 100,
                "returnPercent", "100", "requirePaidUp", true)).status()).isEqualTo(403);
        var rule = admin.post("/api/funds/return-rules", Map.of("effectiveFrom", "2000-01-01", "maxEmployees", 100, "returnPercent", "100",
                "requirePaidUp", true, "note", "按本省规定"));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        assertThat(admin.get("/api/funds/return-rules").json().findValuesAsString("note")).contains("按本省规定");
    }
}
