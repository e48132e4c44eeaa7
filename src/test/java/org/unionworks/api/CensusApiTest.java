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

import tools.jackson.databind.JsonNode;

/** A census campaign from launch to every return approved, as the federation and its unions run it. */
class CensusApiTest extends ApiTestBase {

    private Http admin;
    private long area;
    private long east;
    private long west;
    private long a;
    private long b;
    private long c;
    private long employerOfA;

    @BeforeEach
    void twoDistrictsWithThreeUnions() {
        admin = admin();
        area = createOrg(admin, 1, unique("普查片区"), "AREA_FEDERATION", null);
        east = createOrg(admin, area, unique("东街道"), "TOWN_FEDERATION", null);
        west = createOrg(admin, area, unique("西街道"), "TOWN_FEDERATION", null);
        a = createOrg(admin, east, unique("甲公司工会"), "GRASSROOTS", "ENTERPRISE");
        b = createOrg(admin, east, unique("乙公司工会"), "GRASSROOTS", "ENTERPRISE");
        c = createOrg(admin, west, unique("丙公司工会"), "GRASSROOTS", "ENTERPRISE");
        employerOfA = EmployerApiTest.createEmployer(admin, east, unique("甲公司"), 100);
        admin.post("/api/orgs/" + a + "/coverage", Map.of("employerId", employerOfA, "fromDate", "2021-01-01"));
    }

    private long launch() {
        var r = admin.post("/api/census", Map.of("unionId", area, "name", unique("2026年基层工会摸底排查"),
                "startsOn", LocalDate.now().minusDays(5).toString(), "endsOn", LocalDate.now().plusDays(30).toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("targets").asLong()).isEqualTo(3);
        return r.json().get("id").asLong();
    }

    private static Map<String, Object> answers(int members, int employees) {
        Map<String, Object> m = new HashMap<>();
        m.put("hasCommittee", true);
        m.put("committeeSize", 5);
        m.put("termStartsOn", "2024-03-01");
        m.put("termEndsOn", "2029-02-28");
        m.put("members", members);
        m.put("employees", employees);
        m.put("hasWorkersHome", true);
        m.put("holdsCongress", false);
        m.put("problems", "职代会未按期召开");
        return m;
    }

    @Test
    void unionsFillInTheirReturnsAndProgressIsShownByDistrict() {
        long census = launch();
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        var own = unionA.put("/api/census/" + census + "/returns/" + a, answers(90, 120));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("status").asString()).isEqualTo("SUBMITTED");

        var tooMany = admin.put("/api/census/" + census + "/returns/" + b, answers(130, 120));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text()).contains("会员人数不能多于职工人数");
        var negative = admin.put("/api/census/" + census + "/returns/" + b, answers(-1, 120));
        assertThat(negative.text()).contains("会员人数不能为负数");
        var outside = admin.put("/api/census/" + census + "/returns/" + east, answers(1, 2));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text()).contains("不在本次摸底排查的范围内");
        assertThat(unionA.put("/api/census/" + census + "/returns/" + b, answers(1, 2)).status())
                .as("a grassroots union cannot fill in for its neighbour").isEqualTo(404);

        Http areaAdmin = userAt(admin, area, "DISTRICT_ADMIN", unique("aa"));
        JsonNode progress = areaAdmin.get("/api/census/" + census).json();
        assertThat(progress.get("campaign").get("returned").asLong()).isEqualTo(1);
        Map<Long, Long> returnedByStreet = new HashMap<>();
        progress.get("parts").forEach(d -> returnedByStreet.put(d.get("unionId").asLong(), d.get("returned").asLong()));
        assertThat(returnedByStreet).isEqualTo(Map.of(east, 1L, west, 0L));

        JsonNode missing = admin.get("/api/census/" + census + "/returns?status=PENDING").json();
        assertThat(missing.get("total").asLong()).isEqualTo(2);
        assertThat(missing.get("items").valueStream().map(r -> r.get("unionId").asLong())).containsExactlyInAnyOrder(b, c);

        JsonNode seenByA = unionA.get("/api/census/" + census).json();
        assertThat(seenByA.get("campaign").get("targets").asLong()).as("a union sees its own part").isEqualTo(1);
        assertThat(unionA.get("/api/census").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void approvalCarriesTheReturnIntoTheMasterData() {
        long census = launch();
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        long returnId = unionA.put("/api/census/" + census + "/returns/" + a, answers(90, 120)).json().get("id").asLong();
        var self = unionA.post("/api/census-returns/" + returnId + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.text()).contains("上级工会审核");

        Http eastAdmin = userAt(admin, east, "DISTRICT_ADMIN", unique("ea"));
        var approved = eastAdmin.post("/api/census-returns/" + returnId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(admin.get("/api/employers/" + employerOfA).json().get("employeeCount").asInt()).isEqualTo(120);
        JsonNode term = admin.get("/api/orgs/" + a + "/terms").json().get(0);
        assertThat(term.get("startsOn").asString()).isEqualTo("2024-03-01");
        assertThat(term.get("endsOn").asString()).isEqualTo("2029-02-28");
        assertThat(term.get("lengthYears").asInt()).isEqualTo(5);

        var again = unionA.put("/api/census/" + census + "/returns/" + a, answers(91, 120));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("已审核");
    }

    @Test
    void anApprovedReturnNamingItsEmployerOpensTheCoverage() {
        long census = launch();
        String code = creditCode();
        long employerOfB = admin.post("/api/employers", EmployerApiTest.employer(east, unique("乙公司"), code, 80)).json().get("id").asLong();
        Map<String, Object> answers = answers(40, 80);
        answers.put("employerCreditCode", "91110000000000000X");
        Http unionB = userAt(admin, b, "GRASSROOTS_ADMIN", unique("gb"));
        assertThat(unionB.put("/api/census/" + census + "/returns/" + b, answers).text()).contains("统一社会信用代码");
        answers.put("employerCreditCode", code);
        long returnId = unionB.put("/api/census/" + census + "/returns/" + b, answers).json().get("id").asLong();
        Http eastAdmin = userAt(admin, east, "DISTRICT_ADMIN", unique("ea"));
        var approved = eastAdmin.post("/api/census-returns/" + returnId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(admin.get("/api/employers/" + employerOfB).json().get("coveringUnionId").asLong()).isEqualTo(b);
        assertThat(admin.get("/api/orgs/" + b + "/coverage").json().get(0).get("employerId").asLong()).isEqualTo(employerOfB);

        Map<String, Object> ofC = answers(10, 30);
        ofC.put("employerCreditCode", admin.get("/api/employers/" + employerOfA).json().get("creditCode").asString());
        long returnOfC = admin.put("/api/census/" + census + "/returns/" + c, ofC).json().get("id").asLong();
        Http westAdmin = userAt(admin, west, "DISTRICT_ADMIN", unique("wa"));
        assertThat(westAdmin.post("/api/census-returns/" + returnOfC + "/approve", Map.of()).text())
                .as("an employer outside the approver's subtree is not found, nor taken over").contains("未找到统一社会信用代码");
        assertThat(admin.get("/api/employers/" + employerOfA).json().get("coveringUnionId").asLong()).isEqualTo(a);
    }

    @Test
    void returnsAreImportedAndExportedUntilTheCampaignIsComplete() throws Exception {
        long census = launch();
        admin.put("/api/census/" + census + "/returns/" + a, answers(90, 120));
        String csv = "工会编号,是否成立工会委员会,委员会人数,本届开始日期,本届届满日期,会员人数,职工人数,是否建有职工之家,是否召开职代会,发现的问题\n"
                + b + ",是,3,2023-01-01,2026-01-01,40,50,否,是,\n"
                + c + ",否,,,,10,30,否,否,未建立委员会\n";
        var imported = admin.importFile("/api/census/" + census + "/import", "returns.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("written").asBoolean()).as(imported.toString()).isTrue();
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        var again = admin.importFile("/api/census/" + census + "/import", "returns.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);

        String outside = "工会编号,会员人数,职工人数\n" + east + ",1,2\n";
        var refused = admin.importFile("/api/census/" + census + "/import", "bad.csv", outside.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.json().get("written").asBoolean()).isFalse();
        assertThat(refused.text()).contains("不在本次摸底排查的范围内");

        JsonNode progress = admin.get("/api/census/" + census).json().get("campaign");
        assertThat(progress.get("returned").asLong()).isEqualTo(progress.get("targets").asLong());
        var pending = admin.get("/api/census/" + census + "/returns?status=PENDING");
        assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
        assertThat(pending.json().get("total").asLong()).isZero();

        var export = admin.get("/api/census/" + census + "/export");
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = EmployerApiTest.firstRows(export.bytes(), 10);
        assertThat(rows.get(0)).contains("工会名称", "会员人数", "发现的问题");
        assertThat(rows).hasSize(4);
        assertThat(admin.get("/api/census/import/template").status()).isEqualTo(200);

        JsonNode surveyed = admin.get("/api/figures?under=" + area + "&keys=org.surveyedUnions").json();
        assertThat(surveyed.get(0).get("value").asLong()).isEqualTo(3);

        assertThat(admin.post("/api/census/" + census + "/close", Map.of()).status()).isEqualTo(200);
        var closed = admin.put("/api/census/" + census + "/returns/" + a, answers(1, 2));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text()).contains("已结束");
    }

    @Test
    void aSiblingSubtreeNeitherSeesNorTouchesTheCampaign() {
        long census = launch();
        long elsewhere = district(admin, unique("别区"));
        Http other = userAt(admin, elsewhere, "DISTRICT_ADMIN", unique("oa"));
        assertThat(other.get("/api/census/" + census).status()).isEqualTo(404);
        assertThat(other.get("/api/census/" + census + "/returns").status()).isEqualTo(404);
        assertThat(other.put("/api/census/" + census + "/returns/" + a, answers(1, 2)).status()).isEqualTo(404);
        assertThat(other.post("/api/census/" + census + "/close", Map.of()).status()).isEqualTo(404);
        var list = other.get("/api/census");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/census/" + census).json().get("campaign").get("returned").asLong()).isZero();
    }

    /** The questions the records answer start filled: the term, the covered employer, members, 职工之家 and 职代会. */
    @Test
    void aReturnStartsFromWhatTheRecordsAlreadySay() {
        long id = launch();
        admin.post("/api/orgs/" + a + "/terms", Map.of("startsOn", "2024-03-01", "lengthYears", 5, "chairName", "甲", "committee", "甲、乙、丙"));
        MemberApiTest.register(admin, a, "会员一", org.unionworks.support.People.idNumber());
        MemberApiTest.register(admin, a, "会员二", org.unionworks.support.People.idNumber());
        String code = admin.get("/api/employers/" + employerOfA).json().get("creditCode").asString();
        var congress = admin.post("/api/workers-congresses", Map.of("creditCode", code, "form", "CONGRESS", "establishedOn", "2024-01-01",
                "representatives", 30));
        admin.post("/api/workers-congresses/" + congress.json().get("id").asLong() + "/sessions", Map.of("heldOn",
                LocalDate.now().minusMonths(2).toString(), "title", "职代会", "expected", 30, "present", 28));
        admin.post("/api/service-places", Map.of("unionId", a, "kind", "WORKERS_HOME", "name", "甲公司职工之家", "hostName", "甲公司",
                "address", "一号路", "divisionCode", "440304", "openedOn", "2025-01-01"));

        JsonNode p = admin.get("/api/census/" + id + "/returns/" + a + "/prefill").json();
        assertThat(p.get("hasCommittee").asBoolean()).isTrue();
        assertThat(p.get("committeeSize").asInt()).isEqualTo(3);
        assertThat(p.get("termStartsOn").asString()).isEqualTo("2024-03-01");
        assertThat(p.get("members").asInt()).isEqualTo(2);
        assertThat(p.get("employees").asInt()).isEqualTo(100);
        assertThat(p.get("employerCreditCode").asString()).isEqualTo(code);
        assertThat(p.get("hasWorkersHome").asBoolean()).isTrue();
        assertThat(p.get("holdsCongress").asBoolean()).isTrue();
        JsonNode blank = admin.get("/api/census/" + id + "/returns/" + c + "/prefill").json();
        assertThat(blank.get("prefilled")).as("nothing on record for 丙").isEmpty();
        Http otherDistrict = userAt(admin, west, "DISTRICT_ADMIN", unique("xd"));
        assertThat(otherDistrict.get("/api/census/" + id + "/returns/" + a + "/prefill").status()).isEqualTo(404);
    }
}
