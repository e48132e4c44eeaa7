package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionworks.api.MemberApiTest.find;
import static org.unionworks.api.MemberApiTest.part;
import static org.unionworks.api.MemberApiTest.value;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * A district federation enters last year's needy-worker ledger through the API alone: files filed (and
 * closed) last year, aid on the days it was given, temporary relief from a spreadsheet, a wrong record
 * corrected and a mistaken one withdrawn. Last year's figures then equal the sums worked out by hand.
 */
class AssistHistoryApiTest extends ApiTestBase {

    private static final int YEAR = LocalDate.now(FEDERATION).getYear() - 1;

    private Http admin;
    private long district;
    private long union;
    private Http grassroots;
    private Http upper;

    @BeforeEach
    void aDistrictWithOneUnion() {
        admin = admin();
        district = district(admin, unique("补录区"));
        union = createOrg(admin, district, unique("补录厂工会"), "GRASSROOTS", "ENTERPRISE");
        grassroots = userAt(admin, union, "GRASSROOTS_ADMIN", unique("ga"));
        upper = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
    }

    private static String day(String monthDay) {
        return YEAR + "-" + monthDay;
    }

    private Map<String, Object> backfill(String idNumber, String filedOn, String exitReason, String exitOn) {
        Map<String, Object> file = new HashMap<>();
        file.put("unionId", union);
        file.put("workerName", "补录职工");
        file.put("idNumber", idNumber);
        file.put("divisionCode", "440305");
        file.put("category", "RELATIVE");
        file.put("mainCause", "ILLNESS");
        file.put("identity", "EMPLOYED");
        file.put("householdSize", 3);
        file.put("monthlyIncome", 2400);
        file.put("monthsBelowStandard", 6);
        file.put("household", List.of());
        Map<String, Object> body = new HashMap<>();
        body.put("file", file);
        body.put("filedOn", filedOn);
        body.put("exitReason", exitReason);
        body.put("exitOn", exitOn);
        return body;
    }

    private long backfilled(Map<String, Object> body) {
        var r = upper.post("/api/hardship-files/backfill", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long aid(long file, String kind, String on, int amount, String beneficiary) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "aidOn", on, "amount", amount));
        body.put("beneficiary", beneficiary);
        var r = grassroots.post("/api/hardship-files/" + file + "/aid", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return grassroots.get("/api/hardship-files/" + file + "/aid").json().valueStream()
                .filter(a -> a.get("aidOn").asString().equals(on)).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void backfilledFilesCarryTheirRealDatesAndOnlyAnUpperUnionEntersThem() {
        String id = People.idNumber();
        assertThat(grassroots.post("/api/hardship-files/backfill", backfill(id, day("03-01"), null, null)).text())
                .contains("上级工会");
        assertThat(upper.post("/api/hardship-files/backfill", backfill(id, LocalDate.now().plusDays(1).toString(), null, null)).text())
                .contains("建档日期不能晚于今天");
        assertThat(upper.post("/api/hardship-files/backfill", backfill(id, day("03-01"), "EMPLOYED", day("01-01"))).text())
                .contains("退出日期应在建档日期之后");
        JsonNode f = upper.get("/api/hardship-files/" + backfilled(backfill(id, day("03-01"), "EMPLOYED", day("09-30")))).json();
        assertThat(f.get("status").asString()).isEqualTo("CLOSED");
        assertThat(f.get("filedOn").asString()).isEqualTo(day("03-01"));
        assertThat(f.get("exitOn").asString()).isEqualTo(day("09-30"));
        assertThat(f.get("backfilled").asBoolean()).isTrue();
        assertThat(f.get("decisionNote").asString()).isEqualTo("补录");
        assertThat(upper.post("/api/hardship-files/backfill", backfill(id, day("10-15"), null, null)).status())
                .as("the closed file does not hold the person; a new open one may").isEqualTo(201);
    }

    @Test
    void aLedgerWithoutHouseholdDataComesInAsUnknownNotZero() {
        String header = "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,建档日期\n";
        String ledger = header + union + ",台账甲," + People.idNumber() + ",440305,相对困难,本人或家属患病,在岗,,," + day("04-01") + "\n"
                + union + ",台账乙," + People.idNumber() + ",440305,相对困难,本人或家属患病,在岗,2,," + day("05-01") + "\n";
        var r = upper.importFile("/api/hardship-files/import", "ledger.csv", ledger.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("status").asString()).as(r.toString()).isEqualTo("DONE");
        var fresh = upper.importFile("/api/hardship-files/import", "new.csv", (header + union + ",新档丙," + People.idNumber()
                + ",440305,相对困难,本人或家属患病,在岗,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(fresh.text()).as("a new file still states its household").contains("请填写家庭人口").contains("请填写家庭月收入");

        JsonNode listed = upper.get("/api/hardship-files?under=" + district + "&q=台账甲").json().get("items").get(0);
        assertThat(listed.get("householdSize").isNull()).as(listed.toString()).isTrue();
        assertThat(listed.get("monthlyIncome").isNull()).isTrue();
        assertThat(listed.get("incomePerHead").isNull()).isTrue();
        JsonNode quality = upper.get("/api/data-quality/HARDSHIP_HOUSEHOLD_UNKNOWN?under=" + district).json();
        assertThat(quality.get("total").asLong()).isEqualTo(2);
        assertThat(quality.toString()).contains("家庭人口和月收入未知").contains("家庭月收入未知");
        JsonNode figures = upper.get("/api/figures?under=" + district + "&on=" + day("12-31") + "&from=" + day("01-01")
                + "&to=" + day("12-31")).json();
        assertThat(value(figures, "assist.newFiles")).isEqualTo(2);

        Map<String, Object> file = backfill(People.idNumber(), day("04-01"), null, null);
        @SuppressWarnings("unchecked") Map<String, Object> fields = (Map<String, Object>) file.get("file");
        fields.put("householdSize", null);
        fields.put("monthlyIncome", null);
        assertThat(upper.post("/api/hardship-files/backfill", file).status()).as("the backfill form may leave them unknown too").isEqualTo(201);
    }

    @Test
    void pastFilesComeInThroughTheImportWithTheirDates() {
        String header = "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,建档日期,退出原因,退出日期\n";
        String past = header + union + ",往年甲," + People.idNumber() + ",440305,相对困难,本人或家属患病,在岗,3,2400," + day("04-01") + ",,\n"
                + union + ",往年乙," + People.idNumber() + ",440305,相对困难,本人或家属患病,在岗,3,2400," + day("04-01") + ",实现就业," + day("08-01") + "\n"
                + union + ",往年丙," + People.idNumber() + ",440305,相对困难,本人或家属患病,在岗,3,2400,,实现就业," + day("08-01") + "\n";
        assertThat(grassroots.importFile("/api/hardship-files/import?mode=VALID_ONLY", "past.csv", past.getBytes(StandardCharsets.UTF_8))
                .text()).as("the file's own union").contains("上级工会");
        var r = upper.importFile("/api/hardship-files/import?mode=VALID_ONLY", "past.csv", past.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(2);
        assertThat(r.text()).contains("请同时填写建档日期");
        JsonNode figures = upper.get("/api/figures?under=" + district + "&on=" + day("12-31") + "&from=" + day("01-01")
                + "&to=" + day("12-31")).json();
        assertThat(value(figures, "assist.newFiles")).isEqualTo(2);
        assertThat(value(figures, "assist.exits")).isEqualTo(1);
        assertThat(value(figures, "assist.files")).isEqualTo(1);
    }

    @Test
    void lastYearsLedgerEnteredNowIsCountedInLastYearsFigures() throws Exception {
        String a = People.idNumber();
        long open = backfilled(backfill(a, day("03-01"), null, null));
        long closed = backfilled(backfill(People.idNumber(), day("02-01"), "EMPLOYED", day("10-01")));

        aid(closed, "WARMTH", day("06-01"), 1000, null);
        assertThat(grassroots.post("/api/hardship-files/" + closed + "/aid", Map.of("kind", "WARMTH", "aidOn", day("11-01"),
                "amount", 100)).text()).as("after its exit").contains("在档期间");
        aid(open, "EDUCATION", day("08-20"), 3000, "补录职工之子");
        long wrong = aid(open, "WARMTH", day("12-20"), 500, null);
        long mistaken = aid(open, "LIVING", day("12-21"), 9999, null);
        String aidSheet = "职工身份证号,帮扶类别,帮扶日期,金额（元）\n" + a + ",医疗救助," + day("04-01") + ",1500\n"
                + a + ",医疗救助," + day("02-01") + ",1500\n";
        var imported = grassroots.importFile("/api/aid-records/import?mode=VALID_ONLY", "aid.csv", aidSheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.text()).as("before the file was filed").contains("在帮扶日期没有在档的困难职工档案");

        String twice = People.idNumber();
        String reliefSheet = "工会编号,姓名,身份证号,救助原因,救助日期,金额（元）\n"
                + union + ",临救甲," + twice + ",突发重病," + day("05-01") + ",2000\n"
                + union + ",临救甲," + twice + ",医疗费用," + day("07-01") + ",1000\n"
                + union + ",临救乙," + People.idNumber() + ",火灾," + day("09-01") + ",500\n"
                + union + ",临救丙," + People.idNumber() + ",火灾," + LocalDate.now().plusDays(3) + ",500\n";
        var reliefs = grassroots.importFile("/api/temp-reliefs/import?mode=VALID_ONLY", "relief.csv",
                reliefSheet.getBytes(StandardCharsets.UTF_8));
        assertThat(reliefs.json().get("created").asInt()).as(reliefs.toString()).isEqualTo(3);
        assertThat(reliefs.text()).contains("救助日期不能晚于今天");

        JsonNode record = grassroots.get("/api/aid-records?under=" + union + "&from=" + day("12-20") + "&to=" + day("12-20"))
                .json().get("items").get(0);
        Map<String, Object> correction = new HashMap<>(Map.of("kind", "WARMTH", "aidOn", day("12-20"), "amount", 600,
                "version", record.get("version").asLong()));
        assertThat(grassroots.put("/api/aid-records/" + wrong, correction).text()).contains("请填写更正原因");
        correction.put("reason", "金额录入错误，凭证为600元");
        var corrected = grassroots.put("/api/aid-records/" + wrong, correction);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("amount").decimalValue()).isEqualByComparingTo("600");
        assertThat(grassroots.put("/api/aid-records/" + wrong, correction).status()).as("a stale version").isEqualTo(409);
        assertThat(grassroots.post("/api/aid-records/" + mistaken + "/withdraw", Map.of("reason", "")).status()).isEqualTo(400);
        assertThat(grassroots.post("/api/aid-records/" + mistaken + "/withdraw", Map.of("reason", "重复录入")).status())
                .isEqualTo(204);
        assertThat(grassroots.get("/api/hardship-files/" + open + "/aid").json().valueStream()
                .map(x -> x.get("id").asLong())).doesNotContain(mistaken);
        JsonNode audit = admin.get("/api/audit?entity=AidRecord&entityId=" + mistaken).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("action").asString() + " " + e.get("summary").asString()))
                .contains("DELETE 撤回帮扶记录：重复录入");
        assertThat(admin.get("/api/audit?entity=AidRecord&entityId=" + wrong).json().get("items").valueStream()
                .map(e -> String.valueOf(e.get("summary").asString()))).contains("更正帮扶记录：金额录入错误，凭证为600元");

        String period = "/api/figures?under=" + district + "&on=" + day("12-31") + "&from=" + day("01-01") + "&to=" + day("12-31");
        JsonNode figures = upper.get(period).json();
        assertThat(value(figures, "assist.files")).as("the closed file left on 10-01").isEqualTo(1);
        assertThat(value(figures, "assist.newFiles")).isEqualTo(2);
        assertThat(value(figures, "assist.exits")).isEqualTo(1);
        assertThat(value(figures, "assist.aided")).isEqualTo(2);
        assertThat(value(figures, "assist.aidTimes")).as("4 to files, 3 reliefs").isEqualTo(7);
        assertThat(value(figures, "assist.aidedPersons")).as("two workers, a child, two relieved").isEqualTo(5);
        assertThat(value(figures, "assist.reliefHouseholds")).isEqualTo(2);
        assertThat(find(figures, "assist.aidAmount").get("value").decimalValue())
                .as("1000 + 3000 + 600 + 1500 + 2000 + 1000 + 500").isEqualByComparingTo("0.96");

        JsonNode byKind = upper.get(period + "&by=aidKind&keys=assist.aidAmount,assist.aidTimes").json();
        assertThat(part(byKind, "assist.aidAmount", "WARMTH")).isEqualByComparingTo("0.16");
        assertThat(part(byKind, "assist.aidAmount", "EDUCATION")).isEqualByComparingTo("0.30");
        assertThat(part(byKind, "assist.aidAmount", "MEDICAL")).isEqualByComparingTo("0.15");
        assertThat(part(byKind, "assist.aidAmount", "OTHER")).isEqualByComparingTo("0.35");
        assertThat(part(byKind, "assist.aidTimes", "OTHER")).isEqualByComparingTo("3");
        assertThat(part(byKind, "assist.aidTimes", "EDUCATION")).isEqualByComparingTo("1");
        JsonNode thisYear = upper.get("/api/figures?under=" + district).json();
        assertThat(value(thisYear, "assist.aidTimes")).as("nothing of last year in this year").isZero();
    }
}
