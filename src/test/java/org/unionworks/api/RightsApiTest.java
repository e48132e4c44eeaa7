package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Wage-arrears and other cases from acceptance to outcome, outreach, and the figures the report states. */
class RightsApiTest extends ApiTestBase {

    private Http admin;
    private long district;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("维权区"));
    }

    private Map<String, Object> wageCase(int workers, String acceptedOn) {
        Map<String, Object> c = new HashMap<>();
        c.put("unionId", district);
        c.put("kind", "WAGE_ARREARS");
        c.put("employerName", unique("某劳务公司"));
        c.put("workersCount", workers);
        c.put("amountClaimed", 120000);
        c.put("partnerAgency", "区人社局");
        c.put("acceptedOn", acceptedOn);
        c.put("workers", List.of(Map.of("name", "农民工甲", "idNumber", People.idNumber())));
        return c;
    }

    private long accept(Map<String, Object> body) {
        var r = admin.post("/api/rights/cases", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aWageCaseGoesFromAcceptanceToOutcomeInDatedSteps() {
        long id = accept(wageCase(10, "2026-01-05"));
        JsonNode c = admin.get("/api/rights/cases/" + id).json();
        assertThat(c.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(c.get("workers").get(0).get("idNumber").asString()).contains("*");
        assertThat(admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "IN_PROGRESS", "on", "2026-01-06",
                "note", "联合人社约谈企业")).json().get("status").asString()).isEqualTo("IN_PROGRESS");
        var tooMany = admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "CLOSED", "on", "2026-01-20",
                "note", "足额支付", "amountRecovered", 120000, "workersHelped", 11));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text()).contains("不能多于涉及职工人数");
        var early = admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "CLOSED", "on", "2025-12-31",
                "note", "x", "amountRecovered", 1, "workersHelped", 1));
        assertThat(early.text()).contains("受理日期");
        var closed = admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "CLOSED", "on", "2026-01-20",
                "note", "协调企业足额支付", "amountRecovered", 118000.50, "workersHelped", 10));
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(admin.get("/api/rights/cases/" + id).json().get("steps")).hasSize(3);
        assertThat(admin.get("/api/rights/cases?under=" + district + "&status=CLOSED").text()).contains("\"id\":" + id);
        assertThat(admin.get("/api/rights/cases?status=FINISHED").status()).as("a status that does not exist").isEqualTo(400);
        assertThat(admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "IN_PROGRESS", "on", "2026-01-21",
                "note", "x")).status()).isEqualTo(409);
        var terminated = accept(wageCase(3, "2026-02-01"));
        var wrong = admin.post("/api/rights/cases/" + terminated + "/steps", Map.of("status", "TERMINATED", "on", "2026-02-02",
                "note", "撤诉", "amountRecovered", 100));
        assertThat(wrong.text()).contains("已办结");
    }

    @Test
    void badCasesAreRefusedWithMessages() {
        Map<String, Object> bad = wageCase(0, LocalDate.now().plusDays(1).toString());
        bad.put("kind", "NOPE");
        bad.put("amountClaimed", -1);
        var r = admin.post("/api/rights/cases", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("涉及职工人数至少为1").contains("受理日期不能晚于今天").contains("诉求金额不能为负数");
        Map<String, Object> badId = wageCase(2, "2026-01-01");
        badId.put("workers", List.of(Map.of("name", "甲", "idNumber", "110101199001011234")));
        assertThat(admin.post("/api/rights/cases", badId).text()).contains("校验位错误");
    }

    @Test
    void figuresStateWorkersHelpedAndWagesRecoveredInTenThousandsOfYuan() {
        long a = accept(wageCase(10, "2026-01-05"));
        long b = accept(wageCase(5, "2026-02-05"));
        long other = accept(Map.of("unionId", district, "kind", "LABOR_DISPUTE", "employerName", "某厂", "workersCount", 1,
                "acceptedOn", "2026-02-10"));
        admin.post("/api/rights/cases/" + a + "/steps", Map.of("status", "CLOSED", "on", "2026-01-20", "note", "支付",
                "amountRecovered", 120000, "workersHelped", 10));
        admin.post("/api/rights/cases/" + b + "/steps", Map.of("status", "CLOSED", "on", "2026-03-01", "note", "支付",
                "amountRecovered", 35555, "workersHelped", 4));
        admin.post("/api/rights/cases/" + other + "/steps", Map.of("status", "CLOSED", "on", "2026-03-02", "note", "调解成功"));
        admin.post("/api/rights/outreach", Map.of("unionId", district, "heldOn", "2026-03-15", "topic", "劳动合同法讲座",
                "kind", "LECTURE", "audienceOnsite", 120, "audienceOnline", 3000));

        JsonNode q1 = admin.get("/api/figures?under=" + district + "&from=2026-01-01&to=2026-03-31").json();
        assertThat(MemberApiTest.value(q1, "rights.workersHelped")).isEqualTo(14);
        assertThat(MemberApiTest.find(q1, "rights.wagesRecovered").get("value").decimalValue()).isEqualByComparingTo("15.56");
        assertThat(MemberApiTest.value(q1, "rights.cases")).isEqualTo(3);
        assertThat(MemberApiTest.value(q1, "rights.casesClosed")).isEqualTo(3);
        assertThat(MemberApiTest.value(q1, "rights.outreachEvents")).isEqualTo(1);
        assertThat(MemberApiTest.value(q1, "rights.outreachAudience")).isEqualTo(3120);
        JsonNode jan = admin.get("/api/figures?under=" + district + "&from=2026-01-01&to=2026-01-31").json();
        assertThat(MemberApiTest.value(jan, "rights.workersHelped")).isEqualTo(10);
        JsonNode byKind = admin.get("/api/figures?under=" + district + "&from=2026-01-01&to=2026-12-31"
                + "&keys=rights.cases,rights.amountRecovered&by=caseKind").json();
        assertThat(MemberApiTest.part(byKind, "rights.cases", "WAGE_ARREARS")).isEqualByComparingTo("2");
        assertThat(MemberApiTest.part(byKind, "rights.cases", "INJURY")).isEqualByComparingTo("0");
        assertThat(MemberApiTest.part(byKind, "rights.amountRecovered", "WAGE_ARREARS")).isEqualByComparingTo(
                MemberApiTest.find(byKind, "rights.amountRecovered").get("value").decimalValue());
        JsonNode byStatus = admin.get("/api/figures?under=" + district + "&from=2026-01-01&to=2026-12-31"
                + "&keys=rights.cases&by=caseStatus").json();
        assertThat(MemberApiTest.find(byStatus, "rights.cases").get("parts").valueStream().map(p -> p.get("label").asString()))
                .containsExactly("已受理", "办理中", "已办结", "已终止");
    }

    @Test
    void casesAndOutreachGoInAndOutThroughSpreadsheets() throws Exception {
        var campaign = admin.post("/api/rights/campaigns", Map.of("unionId", district, "name", "根治欠薪冬季专项行动",
                "startsOn", "2025-11-15", "endsOn", "2026-02-15"));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Map<String, Object> inCampaign = wageCase(4, "2026-01-10");
        inCampaign.put("campaignId", campaign.json().get("id").asLong());
        accept(inCampaign);
        assertThat(admin.get("/api/rights/cases?campaignId=" + campaign.json().get("id").asLong()).json().get("total").asLong())
                .isEqualTo(1);
        String csv = "受理工会编号,案件类别,涉及单位,涉及职工人数,诉求金额（元）,受理日期,办结日期,追回金额（元）,获助职工人数,办理结果\n"
                + district + ",欠薪,导入劳务公司,6,60000,2026-01-02,2026-01-15,60000,6,足额支付\n"
                + district + ",欠薪,坏行公司,2,100,2026-01-02,2025-01-01,,3,\n"
                + district + ",欠薪,未来公司,2,100," + java.time.LocalDate.now().plusDays(3) + ",,,,\n";
        var r = admin.importFile("/api/rights/cases/import?mode=VALID_ONLY", "cases.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(1);
        assertThat(r.text()).contains("办结日期不能早于受理日期").contains("获助职工人数不能多于涉及职工人数")
                .as("a case is not accepted in the future, as on the form").contains("受理日期不能晚于今天");
        List<List<String>> rows = EmployerApiTest.firstRows(admin.get("/api/rights/cases/export?under=" + district).bytes(), 10);
        assertThat(rows).hasSize(3);
        admin.post("/api/rights/outreach", Map.of("unionId", district, "heldOn", "2026-03-15", "topic", "=cmd", "kind", "LIVE",
                "audienceOnline", 500));
        List<List<String>> outreach = EmployerApiTest.firstRows(admin.get("/api/rights/outreach/export?under=" + district).bytes(), 5);
        assertThat(outreach.get(1).get(1)).isEqualTo("'=cmd");

        String units = "受理工会编号,案件类别,涉及单位,涉及职工人数,诉求金额（元）,受理日期,办结日期,追回金额（元）,获助职工人数,办理结果\n"
                + district + ",欠薪,万元公司,6,22.2,2026-01-02,,,,\n"
                + district + ",欠薪,写明万元公司,6,22.2万,2026-01-02,2026-01-20,0,0,未追回\n"
                + district + ",欠薪,写明元公司,6,50元,2026-01-02,,,,\n";
        var flagged = admin.importFile("/api/rights/cases/import?mode=VALID_ONLY", "units.csv", units.getBytes(StandardCharsets.UTF_8));
        assertThat(flagged.json().get("created").asInt()).as(flagged.toString()).isEqualTo(2);
        assertThat(flagged.text()).as("22.2 typed meaning 万元 is caught").contains("\"row\":2").contains("“22.2”不在常见范围")
                .contains("如指万元请写“22.2万”");
        JsonNode tenThousand = admin.get("/api/rights/cases?under=" + district + "&q=写明万元公司").json().get("items").get(0);
        assertThat(tenThousand.get("amountClaimed").decimalValue()).isEqualByComparingTo("222000");
        JsonNode yuan = admin.get("/api/rights/cases?under=" + district + "&q=写明元公司").json().get("items").get(0);
        assertThat(yuan.get("amountClaimed").decimalValue()).as("a unit written out is taken as written").isEqualByComparingTo("50");
    }
}
