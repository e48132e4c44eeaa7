package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** The needy-worker archive: filing standard, one file per household, approval, aid, review, exit, figures. */
class AssistApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private Http admin;
    private long district;
    private long union;
    private Http grassroots;
    private Http upper;
    private String division;

    @BeforeEach
    void aUnionWithALivingStandard() {
        admin = admin();
        district = district(admin, unique("帮扶区"));
        union = createOrg(admin, district, unique("帮扶厂工会"), "GRASSROOTS", "ENTERPRISE");
        grassroots = userAt(admin, union, "GRASSROOTS_ADMIN", unique("ga"));
        upper = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        division = "440305";
        admin.post("/api/living-standards", Map.of("divisionCode", division, "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
    }

    private Map<String, Object> file(String idNumber, int size, int income, String cause, int months) {
        Map<String, Object> f = new HashMap<>();
        f.put("unionId", union);
        f.put("workerName", "困难职工");
        f.put("idNumber", idNumber);
        f.put("divisionCode", division);
        f.put("category", "RELATIVE");
        f.put("mainCause", cause);
        f.put("identity", "EMPLOYED");
        f.put("householdSize", size);
        f.put("monthlyIncome", income);
        f.put("monthsBelowStandard", months);
        f.put("bankAccount", "6222020200112233445");
        f.put("household", List.of());
        return f;
    }

    private long filed(Map<String, Object> body) {
        var r = grassroots.post("/api/hardship-files", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        var a = upper.post("/api/hardship-files/" + id + "/approve", Map.of());
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return id;
    }

    @Test
    void theFilingStandardDecidesAndAFileOutsideItNeedsAJustification() {
        var below = grassroots.post("/api/hardship-files", file(People.idNumber(), 3, 2700, "LOW_WAGE", 6));
        assertThat(below.status()).as(below.toString()).isEqualTo(201);
        assertThat(below.json().get("meetsStandard").asBoolean()).isTrue();
        assertThat(below.json().get("incomePerHead").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(below.json().get("bankAccount").asString()).isEqualTo("****3445");

        var tooShort = grassroots.post("/api/hardship-files", file(People.idNumber(), 3, 2700, "LOW_WAGE", 3));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("不足6个月").contains("情况说明");

        assertThat(grassroots.post("/api/hardship-files", file(People.idNumber(), 2, 2800, "ILLNESS", 0)).status())
                .as("1,400 a head is within 1.5 times the standard when illness is the cause").isEqualTo(201);
        var unemployed = grassroots.post("/api/hardship-files", file(People.idNumber(), 2, 2800, "UNEMPLOYMENT", 0));
        assertThat(unemployed.text()).contains("高于建档标准");
        Map<String, Object> justified = file(People.idNumber(), 2, 2800, "UNEMPLOYMENT", 0);
        justified.put("justification", "家庭突发变故，经街道核实");
        var flagged = grassroots.post("/api/hardship-files", justified);
        assertThat(flagged.status()).isEqualTo(201);
        assertThat(flagged.json().get("meetsStandard").asBoolean()).as("submitted but flagged").isFalse();

        Map<String, Object> nowhere = file(People.idNumber(), 3, 1000, "ILLNESS", 6);
        nowhere.put("divisionCode", "110101");
        assertThat(grassroots.post("/api/hardship-files", nowhere).text()).contains("尚未设置低保标准");
        Map<String, Object> negative = file(People.idNumber(), 3, -1, "ILLNESS", 6);
        assertThat(grassroots.post("/api/hardship-files", negative).text()).contains("家庭月收入不能为负数");
    }

    @Test
    void oneOpenFilePerHouseholdAndPerIdNumber() {
        String worker = People.idNumber();
        filed(file(worker, 3, 2400, "ILLNESS", 6));
        var again = grassroots.post("/api/hardship-files", file(worker, 3, 2400, "ILLNESS", 6));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("一户一档");

        Map<String, Object> spouse = file(People.idNumber(), 3, 2400, "ILLNESS", 6);
        spouse.put("household", List.of(Map.of("name", "配偶", "relation", "配偶", "idNumber", worker, "monthlyIncome", 0)));
        var sameHousehold = grassroots.post("/api/hardship-files", spouse);
        assertThat(sameHousehold.status()).isEqualTo(400);
        assertThat(sameHousehold.text()).contains("一户一档");
    }

    @Test
    void theUpperUnionApprovesOrReturnsAndTheGrassrootsUnionCannotDecideAlone() {
        long id = grassroots.post("/api/hardship-files", file(People.idNumber(), 3, 2400, "ILLNESS", 6)).json().get("id").asLong();
        var self = grassroots.post("/api/hardship-files/" + id + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.text()).contains("上级工会审批");
        var returned = upper.post("/api/hardship-files/" + id + "/return", Map.of("note", "请补充病历"));
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        JsonNode f = grassroots.get("/api/hardship-files/" + id).json();
        Map<String, Object> corrected = file(null, 3, 2400, "ILLNESS", 6);
        corrected.put("idNumber", jdbc.queryForObject("select id_number from hardship_file where id = ?", String.class, id));
        corrected.put("version", f.get("version").asLong());
        var resubmitted = grassroots.put("/api/hardship-files/" + id, corrected);
        assertThat(resubmitted.json().get("status").asString()).as(resubmitted.toString()).isEqualTo("SUBMITTED");
        var approved = upper.post("/api/hardship-files/" + id + "/approve", Map.of());
        assertThat(approved.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(approved.json().get("filedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(approved.json().get("nextReviewDue").asString()).isEqualTo(LocalDate.now().plusMonths(12).toString());
    }

    @Test
    void aidReviewAndExitFollowTheRules() {
        long id = filed(file(People.idNumber(), 3, 2400, "ILLNESS", 6));
        var aid = grassroots.post("/api/hardship-files/" + id + "/aid", Map.of("kind", "WARMTH",
                "aidOn", LocalDate.now().toString(), "amount", 1500, "fundSource", "市总帮扶资金"));
        assertThat(aid.status()).as(aid.toString()).isEqualTo(201);
        assertThat(aid.json().get("aidTotal").decimalValue()).isEqualByComparingTo("1500");
        assertThat(grassroots.post("/api/hardship-files/" + id + "/aid", Map.of("kind", "WARMTH",
                "aidOn", LocalDate.now().minusYears(1).toString(), "amount", 100)).text()).contains("在档期间");
        assertThat(grassroots.post("/api/hardship-files/" + id + "/aid", Map.of("kind", "WARMTH",
                "aidOn", LocalDate.now().toString(), "amount", -5)).text()).contains("金额应大于0");

        jdbc.update("update hardship_file set next_review_due = ? where id = ?", LocalDate.now().minusDays(30), id);
        assertThat(grassroots.get("/api/hardship-files?list=REVIEW_DUE").json().get("items").valueStream()
                .map(f -> f.get("id").asLong())).contains(id);
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(upper.get("/api/reminders?kind=ASSIST_REVIEW_DUE").json().get("total").asLong()).isEqualTo(1);
        var reviewed = grassroots.post("/api/hardship-files/" + id + "/reviews", Map.of("reviewedOn", LocalDate.now().toString(),
                "monthlyIncome", 3000, "situation", "配偶已再就业"));
        assertThat(reviewed.json().get("nextReviewDue").asString()).isEqualTo(LocalDate.now().plusMonths(12).toString());
        assertThat(grassroots.get("/api/hardship-files?list=REVIEW_DUE").json().get("total").asLong()).isZero();
        assertThat(grassroots.get("/api/hardship-files/" + id + "/reviews").json()).hasSize(1);

        var selfExit = grassroots.post("/api/hardship-files/" + id + "/exit", Map.of("reason", "INCOME", "on", LocalDate.now().toString()));
        assertThat(selfExit.status()).isEqualTo(403);
        var exit = upper.post("/api/hardship-files/" + id + "/exit", Map.of("reason", "INCOME", "on", LocalDate.now().toString(),
                "note", "收入连续6个月超过标准"));
        assertThat(exit.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(grassroots.post("/api/hardship-files/" + id + "/aid", Map.of("kind", "WARMTH",
                "aidOn", LocalDate.now().toString(), "amount", 100)).text()).as("not on the exit day").contains("在档期间");
        JsonNode exits = upper.get("/api/figures?from=" + LocalDate.now() + "&to=" + LocalDate.now() + "&keys=assist.exits&by=exitReason")
                .json();
        assertThat(MemberApiTest.part(exits, "assist.exits", "INCOME")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(exits, "assist.exits", "EMPLOYED")).isEqualByComparingTo("0");
        assertThat(grassroots.get("/api/hardship-files?status=CLOSED").json().get("total").asLong()).as("closed files are kept").isEqualTo(1);
        assertThat(grassroots.get("/api/hardship-files?list=NEVER_AIDED").json().get("total").asLong()).isZero();
        String worker = jdbc.queryForObject("select id_number from hardship_file where id = ?", String.class, id);
        assertThat(grassroots.post("/api/hardship-files", file(worker, 3, 2400, "ILLNESS", 6)).status())
                .as("reopening is a new filing").isEqualTo(201);
    }

    @Test
    void temporaryReliefCanBecomeAFile() {
        String person = People.idNumber();
        var relief = grassroots.post("/api/temp-reliefs", Map.of("unionId", union, "name", "临时困难", "idNumber", person,
                "reason", "突发火灾", "reliefOn", LocalDate.now().toString(), "amount", 2000));
        assertThat(relief.status()).as(relief.toString()).isEqualTo(201);
        long reliefId = relief.json().get("id").asLong();
        var converted = grassroots.post("/api/temp-reliefs/" + reliefId + "/convert", file(person, 3, 3900, "ACCIDENT", 0));
        assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
        assertThat(converted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(grassroots.post("/api/temp-reliefs/" + reliefId + "/convert", file(person, 3, 2400, "ACCIDENT", 1)).status())
                .isEqualTo(409);
        var figures = upper.get("/api/figures?under=" + district + "&keys=assist.aidAmount").json();
        assertThat(figures.get(0).get("value").decimalValue()).isEqualByComparingTo("0.20");
    }

    @Test
    void figuresCountFilesOnADateAndNewFilesExitsAndAidInAPeriod() {
        long early = filed(file(People.idNumber(), 3, 2400, "ILLNESS", 6));
        long late = filed(file(People.idNumber(), 3, 2400, "ILLNESS", 6));
        long gone = filed(file(People.idNumber(), 3, 2400, "ILLNESS", 6));
        // Approval dates files today; move them back in time to build a history of two years.
        jdbc.update("update hardship_file set filed_on = ? where id = ?", LocalDate.of(2024, 3, 1), early);
        jdbc.update("update hardship_file set filed_on = ? where id = ?", LocalDate.of(2025, 5, 1), late);
        jdbc.update("update hardship_file set filed_on = ? where id = ?", LocalDate.of(2024, 6, 1), gone);
        upper.post("/api/hardship-files/" + gone + "/exit", Map.of("reason", "EMPLOYED", "on", "2025-08-01"));
        grassroots.post("/api/hardship-files/" + late + "/aid", Map.of("kind", "MEDICAL", "aidOn", "2025-06-01", "amount", 3000));
        grassroots.post("/api/hardship-files/" + early + "/aid", Map.of("kind", "EDUCATION", "aidOn", "2025-09-01", "amount", 2000));

        String base = "/api/figures?under=" + district;
        JsonNode end2024 = upper.get(base + "&on=2024-12-31&from=2024-01-01&to=2024-12-31").json();
        assertThat(MemberApiTest.value(end2024, "assist.files")).isEqualTo(2);
        assertThat(MemberApiTest.value(end2024, "assist.newFiles")).isEqualTo(2);
        assertThat(MemberApiTest.value(end2024, "assist.exits")).isZero();
        JsonNode end2025 = upper.get(base + "&on=2025-12-31&from=2025-01-01&to=2025-12-31").json();
        assertThat(MemberApiTest.value(end2025, "assist.files")).isEqualTo(2);
        assertThat(MemberApiTest.value(end2025, "assist.newFiles")).isEqualTo(1);
        assertThat(MemberApiTest.value(end2025, "assist.exits")).isEqualTo(1);
        assertThat(MemberApiTest.value(end2025, "assist.aided")).isEqualTo(2);
        assertThat(MemberApiTest.find(end2025, "assist.aidAmount").get("value").decimalValue()).isEqualByComparingTo("0.50");
    }

    @Test
    void filesAndAidRecordsComeInThroughTheImportEngine() throws Exception {
        String a = People.idNumber();
        String csv = "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,低于标准月数\n"
                + union + ",导入甲," + a + "," + division + ",深度困难,本人或家属患病,在岗,3,2400,6\n"
                + union + ",导入乙," + People.idNumber() + "," + division + ",相对困难,失业,失业,2,5000,0\n";
        var r = grassroots.importFile("/api/hardship-files/import?mode=VALID_ONLY", "files.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(1);
        assertThat(r.text()).contains("高于建档标准");
        assertThat(grassroots.get("/api/hardship-files?q=" + a).status()).as("a full ID number confirms a guess").isEqualTo(400);
        long id = grassroots.get("/api/hardship-files?q=" + a.substring(12)).json().get("items").get(0).get("id").asLong();
        assertThat(admin.get("/api/hardship-files?q=" + a).json().get("items").get(0).get("id").asLong())
                .as("with assist:reveal, audited").isEqualTo(id);
        upper.post("/api/hardship-files/" + id + "/approve", Map.of());
        String aid = "职工身份证号,帮扶类别,帮扶日期,金额（元）\n" + a + ",送温暖," + LocalDate.now() + ",800\n"
                + People.idNumber() + ",送温暖," + LocalDate.now() + ",800\n";
        var imported = grassroots.importFile("/api/aid-records/import?mode=VALID_ONLY", "aid.csv", aid.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.text()).contains("没有在档的困难职工档案");
        assertThat(grassroots.get("/api/hardship-files/" + id).json().get("aidTotal").decimalValue()).isEqualByComparingTo("800");
        var export = grassroots.get("/api/hardship-files/export?status=OPEN");
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> aidRows = EmployerApiTest.firstRows(grassroots.get("/api/aid-records/export?kind=WARMTH").bytes(), 5);
        assertThat(aidRows).hasSize(2);
        assertThat(aidRows.get(1)).contains("送温暖");
        assertThat(grassroots.get("/api/aid-records?from=" + LocalDate.now()).json().get("total").asLong()).isEqualTo(1);
    }

    /** Two people whose masked ID numbers look alike (same first 3 and last 4) are two rows, not duplicates. */
    @Test
    void importTellsPeopleApartByTheWholeIdNumberNotItsMask() {
        String a = People.idNumber(LocalDate.of(1980, 1, 1), false);
        String b = null;
        for (LocalDate d = LocalDate.of(1981, 1, 1); b == null; d = d.plusDays(1)) {
            String first17 = a.substring(0, 6) + d.toString().replace("-", "") + a.substring(14, 17);
            String candidate = first17 + org.unionworks.platform.validation.IdNumbers.checkChar(first17);
            if (candidate.endsWith(a.substring(14))) {
                b = candidate;
            }
        }
        String csv = "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,低于标准月数\n"
                + union + ",同尾甲," + a + "," + division + ",深度困难,本人或家属患病,在岗,3,1200,6\n"
                + union + ",同尾乙," + b + "," + division + ",深度困难,本人或家属患病,在岗,3,1200,6\n";
        var r = grassroots.importFile("/api/hardship-files/import", "files.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(2);
    }
}
