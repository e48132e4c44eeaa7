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

/** The honoree register, honors by level and year, revocation, care, allowances and their figures. */
class HonorApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private final Map<String, Long> titles = new HashMap<>();

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("劳模区"));
        admin.get("/api/honor-titles").json().forEach(t -> titles.put(t.get("name").asString(), t.get("id").asLong()));
    }

    private long person(String name) {
        var r = admin.post("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", name,
                "idNumber", People.idNumber(), "employerName", "某机械厂", "post", "高级技师", "deeds", "攻克技术难题"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode award(long honoree, String title, int year) {
        var r = admin.post("/api/honorees/" + honoree + "/awards", Map.of("titleId", titles.get(title), "year", year,
                "certificateNo", "证" + year));
        return r.status() < 300 ? r.json() : tools.jackson.databind.node.JsonNodeFactory.instance.textNode(r.text());
    }

    /** Each incomplete request names the field to correct, in Chinese; nothing is written. */
    @Test
    void incompleteRequestsNameTheirField() {
        long worker = person("李字段");
        assertThat(field(admin.post("/api/honorees/" + worker + "/awards", Map.of("year", 2020)))).isEqualTo("titleId");
        assertThat(field(admin.post("/api/honorees/" + worker + "/care", Map.of("kind", "VISIT", "on", "2026-13-01")))).isEqualTo("on");
        assertThat(field(admin.post("/api/honor-titles", Map.of("name", "县劳动模范", "level", "VILLAGE", "kind", "INDIVIDUAL",
                "awardingBody", "县政府")))).isEqualTo("level");
        long award = award(worker, "省劳动模范", 2021).get("honors").get(0).get("id").asLong();
        var revoke = admin.post("/api/honor-awards/" + award + "/revoke", Map.of("on", LocalDate.now().toString()));
        assertThat(field(revoke)).isEqualTo("reason");
        assertThat(revoke.text()).contains("请填写撤销原因");
        assertThat(admin.get("/api/honorees/" + worker).json().get("honors").get(0).get("revokedOn").isNull()).isTrue();
        assertThat(admin.get("/api/honorees/" + worker).json().get("care")).isEmpty();
        assertThat(admin.get("/api/allowances?month=2026-13").status()).as("a month that does not exist").isEqualTo(400);
        assertThat(field(admin.post("/api/allowance-rules", Map.of("level", "CITY", "monthlyAmount", "-1",
                "effectiveFrom", "2026-01-01")))).isEqualTo("monthlyAmount");
    }

    private List<String> exportedNames(String filters) throws Exception {
        var export = admin.get("/api/honorees/export?under=" + district + filters);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        return EmployerApiTest.firstRows(export.bytes(), 1000).stream().skip(1).map(r -> r.get(0)).toList();
    }

    private static String field(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void theCatalogueIsSeededAndHonorsFollowTheirKind() {
        assertThat(titles).containsKeys("全国劳动模范", "全国五一劳动奖状", "省劳动模范", "省五一劳动奖章");
        long worker = person("张劳模");
        assertThat(award(worker, "全国劳动模范", 2020).get("honors")).hasSize(1);
        assertThat(award(worker, "全国劳动模范", 2020).toString()).contains("已登记");
        assertThat(award(worker, "全国五一劳动奖状", 2021).toString()).contains("个人不能获得集体荣誉");
        assertThat(award(worker, "省劳动模范", LocalDate.now().getYear() + 1).toString()).contains("获得年份");
        long team = admin.post("/api/honorees", Map.of("unionId", district, "kind", "COLLECTIVE", "name", "某车间班组"))
                .json().get("id").asLong();
        assertThat(award(team, "全国工人先锋号", 2022).get("honors")).hasSize(1);
        assertThat(award(team, "省劳动模范", 2022).toString()).contains("集体只能获得集体荣誉");
        var dup = admin.post("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", "重复",
                "idNumber", "110101199003071234"));
        assertThat(dup.status()).isEqualTo(400);
    }

    @Test
    void searchRevocationCareAllowancesAndFigures() throws Exception {
        long national = person("全国劳模甲");
        long provincial = person("省劳模乙");
        award(national, "全国劳动模范", 2020);
        award(provincial, "省劳动模范", 2024);
        long revoked = person("被撤销丙");
        long revokedAward = award(revoked, "省五一劳动奖章", 2021).get("honors").get(0).get("id").asLong();
        assertThat(admin.post("/api/honor-awards/" + revokedAward + "/revoke", Map.of("on", "2025-03-01", "reason", "违纪"))
                .json().get("honors").get(0).get("revokedOn").asString()).isEqualTo("2025-03-01");

        assertThat(admin.get("/api/honorees?under=" + district + "&level=NATIONAL").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/honorees?under=" + district + "&year=2024").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/honorees?under=" + district + "&level=PROVINCIAL").json().get("total").asLong())
                .as("a revoked honor no longer counts").isEqualTo(1);

        var care = admin.post("/api/honorees/" + national + "/care", Map.of("kind", "VISIT", "on", LocalDate.now().toString(),
                "amount", 2000));
        assertThat(care.json().get("care")).hasSize(1);
        List<Long> notVisited = admin.get("/api/honorees?under=" + district + "&notVisitedIn=" + LocalDate.now().getYear())
                .json().get("items").valueStream().map(h -> h.get("id").asLong()).toList();
        assertThat(notVisited).contains(provincial).doesNotContain(national);
        // the export writes what the list shows: its name search and 本年未走访 too
        assertThat(exportedNames("&notVisitedIn=" + LocalDate.now().getYear())).contains("省劳模乙").doesNotContain("全国劳模甲");
        assertThat(exportedNames("&q=全国劳模")).containsExactly("全国劳模甲");
        assertThat(exportedNames("&titleId=" + titles.get("省劳动模范"))).containsExactly("省劳模乙");

        admin.post("/api/allowance-rules", Map.of("level", "NATIONAL", "monthlyAmount", "800", "effectiveFrom", "2020-01-01"));
        admin.post("/api/allowance-rules", Map.of("level", "PROVINCIAL", "monthlyAmount", "500", "effectiveFrom", "2020-01-01"));
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("hd"));
        JsonNode payments = districtAdmin.get("/api/allowances?month=" + java.time.YearMonth.now()).json().get("items");
        assertThat(payments).hasSize(2);
        assertThat(payments.valueStream().filter(p -> p.get("honoreeId").asLong() == national).findFirst().orElseThrow()
                .get("amount").decimalValue()).isEqualByComparingTo("800");
        assertThat(districtAdmin.get("/api/allowances/export").status()).isEqualTo(200);
        assertThat(districtAdmin.post("/api/allowance-rules", Map.of("level", "CITY", "monthlyAmount", "1",
                "effectiveFrom", "2020-01-01")).status()).isEqualTo(403);

        JsonNode end2023 = admin.get("/api/figures?under=" + district + "&on=2023-12-31&from=2023-01-01&to=2023-12-31").json();
        assertThat(MemberApiTest.value(end2023, "honor.honorees")).as("the 2021 honor still held in 2023").isEqualTo(2);
        assertThat(MemberApiTest.value(end2023, "honor.national")).isEqualTo(1);
        assertThat(MemberApiTest.value(end2023, "honor.provincial")).isEqualTo(1);
        JsonNode now = admin.get("/api/figures?under=" + district).json();
        assertThat(MemberApiTest.value(now, "honor.honorees")).isEqualTo(2);
        assertThat(MemberApiTest.value(now, "honor.provincial")).as("provincial now: the 2024 model worker, not the revoked one").isEqualTo(1);
        assertThat(MemberApiTest.value(now, "honor.careVisits")).isEqualTo(1);
        assertThat(MemberApiTest.find(now, "honor.careAmount").get("value").decimalValue()).isEqualByComparingTo("0.20");
        JsonNode y2024 = admin.get("/api/figures?under=" + district + "&on=2024-12-31&from=2024-01-01&to=2024-12-31").json();
        assertThat(MemberApiTest.value(y2024, "honor.awards")).isEqualTo(1);
        assertThat(admin.get("/api/honorees/export?under=" + district).status()).isEqualTo(200);
    }

    @Test
    void publishedStoriesAndPublicProfilesAppearOnTheShowcaseWithoutPersonalData() {
        String id = People.idNumber();
        long worker = admin.post("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", "公开劳模",
                "idNumber", id, "employerName", "某港口", "deeds", "三十年扎根一线", "publicProfile", true)).json().get("id").asLong();
        award(worker, "全国劳动模范", 2015);
        admin.post("/api/honor-stories", Map.of("honoreeId", worker, "title", "较新的稿件", "body", "x", "storyOn", "2026-10-01"));
        var story = admin.post("/api/honor-stories", Map.of("honoreeId", worker, "title", "码头上的“金牌工匠”",
                "body", "他三十年如一日……", "mediaOutlet", "市工人报", "storyOn", "2026-05-01"));
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        assertThat(story.json().get("title").asString()).as("the story just written, not the newest").isEqualTo("码头上的“金牌工匠”");
        long storyId = story.json().get("id").asLong();
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/api/public/showcase").text()).doesNotContain("码头上的“金牌工匠”");
        String year2026 = "/api/figures?under=" + district + "&on=2026-12-31&from=2026-01-01&to=2026-12-31";
        assertThat(MemberApiTest.value(admin.get(year2026).json(), "honor.stories")).as("drafts are not counted").isZero();
        assertThat(admin.post("/api/honor-stories/" + storyId + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(MemberApiTest.value(admin.get(year2026).json(), "honor.stories")).isEqualTo(1);
        assertThat(MemberApiTest.value(admin.get(year2026.replace("from=2026-01-01", "from=2026-06-01")).json(), "honor.stories"))
                .as("counted by the story's date").isZero();
        assertThat(admin.get("/api/reports/work-report/preview?under=" + district + "&from=2026-01-01&to=2026-12-31").text())
                .contains("宣传劳模先进事迹，发布宣传稿件1篇。");
        assertThat(admin.post("/api/honor-stories/" + storyId + "/publish", Map.of()).status()).isEqualTo(409);
        var showcase = anonymous.get("/api/public/showcase");
        assertThat(showcase.status()).isEqualTo(200);
        assertThat(showcase.text()).contains("码头上的“金牌工匠”").contains("公开劳模").contains("2015年全国劳动模范")
                .doesNotContain(id).doesNotContain(id.substring(14));
    }

    @Test
    void theRegisterIsImportedOneRowPerHonorAndReimportingChangesNothing() {
        String id = People.idNumber();
        String team = unique("焊接班组");
        String csv = "工会编号,类型,姓名/集体名称,身份证号,工作单位,职务岗位,荣誉称号,获得年份,证书编号,状态\n"
                + district + ",个人,导入劳模," + id + ",某钢厂,炉长,省劳动模范,2018,S2018,在职\n"
                + district + ",个人,导入劳模," + id + ",某钢厂,炉长,全国五一劳动奖章,2021,,在职\n"
                + district + ",集体," + team + ",,某钢厂,,全国工人先锋号,2022,,\n"
                + district + ",个人,坏行,110101199003071235,,,不存在的称号,2030,,休假\n"
                + district + ",集体," + team + ",,某钢厂,,省劳动模范,2022,,\n";
        var first = admin.importFile("/api/honorees/import?mode=VALID_ONLY", "honorees.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.json().get("created").asInt()).as(first.toString()).isEqualTo(3);
        assertThat(first.json().get("failed").asInt()).isEqualTo(2);
        JsonNode listed = admin.get("/api/honorees?under=" + district).json();
        assertThat(listed.get("total").asLong()).isEqualTo(2);
        assertThat(listed.toString()).contains("2018年省劳动模范").contains("2021年全国五一劳动奖章").contains("2022年全国工人先锋号");

        String good = csv.substring(0, csv.indexOf(district + ",个人,坏行"));
        var again = admin.importFile("/api/honorees/import?mode=ALL_OR_NOTHING", "honorees.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).as(again.toString()).isEqualTo(3);
        assertThat(again.json().get("created").asInt()).isZero();
        var retired = admin.importFile("/api/honorees/import?mode=ALL_OR_NOTHING", "honorees.csv",
                good.replace(",在职\n", ",退休\n").getBytes(StandardCharsets.UTF_8));
        assertThat(retired.json().get("updated").asInt()).as(retired.toString()).isEqualTo(1);
        assertThat(admin.get("/api/honorees?under=" + district + "&status=RETIRED").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/honorees/import/template").status()).isEqualTo(200);
    }

    @Test
    void aModelWorkerWhoIsAMemberIsLinkedToTheMemberRecord() {
        long company = createOrg(admin, district, unique("劳模企业工会"), "GRASSROOTS", "ENTERPRISE");
        String id = People.idNumber();
        var member = admin.post("/api/members", MemberApiTest.member(company, "会员劳模", id));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        var honoree = admin.post("/api/honorees", Map.of("unionId", company, "kind", "PERSON", "name", "会员劳模", "idNumber", id));
        assertThat(honoree.json().get("memberId").asLong()).isEqualTo(member.json().get("id").asLong());
        assertThat(admin.get("/api/honorees/" + person("非会员劳模")).json().get("memberId").isNull()).isTrue();
    }

    @Test
    void careIsSummedByLevelAndHonoreesInHardshipAreListed() {
        long company = createOrg(admin, district, unique("关爱企业工会"), "GRASSROOTS", "ENTERPRISE");
        long national = person("全国级劳模");
        award(national, "全国劳动模范", 2019);
        long visitedProvincial = person("省级劳模甲");
        award(visitedProvincial, "省劳动模范", 2019);
        award(visitedProvincial, "省五一劳动奖章", 2015);
        String poorId = People.idNumber();
        long poor = admin.post("/api/honorees", Map.of("unionId", company, "kind", "PERSON", "name", "省级劳模乙", "idNumber", poorId))
                .json().get("id").asLong();
        award(poor, "省劳动模范", 2010);
        int y = LocalDate.now().getYear();
        String day = y + "-01-01"; // this year's, and past on any day of it
        care(national, "VISIT", day, 1000);
        care(national, "HEALTH", day, 500);
        care(visitedProvincial, "HARDSHIP", day, 2000);
        care(visitedProvincial, "VISIT", (y - 1) + "-12-31", 800);

        JsonNode byLevel = admin.get("/api/figures?under=" + district + "&from=" + y + "-01-01&to=" + y + "-12-31&on=" + y + "-12-31"
                + "&keys=honor.honorees,honor.visitedHonorees,honor.careVisits,honor.careAmount&by=honorLevel").json();
        assertThat(MemberApiTest.part(byLevel, "honor.honorees", "NATIONAL")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(byLevel, "honor.honorees", "PROVINCIAL")).isEqualByComparingTo("2");
        assertThat(MemberApiTest.part(byLevel, "honor.visitedHonorees", "NATIONAL")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(byLevel, "honor.visitedHonorees", "PROVINCIAL")).as("last year's visit").isEqualByComparingTo("0");
        assertThat(MemberApiTest.part(byLevel, "honor.careVisits", "NATIONAL")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(byLevel, "honor.careAmount", "NATIONAL")).isEqualByComparingTo("0.15");
        assertThat(MemberApiTest.part(byLevel, "honor.careAmount", "PROVINCIAL")).isEqualByComparingTo("0.20");
        JsonNode byKind = admin.get("/api/figures?under=" + district + "&from=" + y + "-01-01&to=" + y + "-12-31"
                + "&keys=honor.careAmount&by=careKind").json();
        assertThat(MemberApiTest.part(byKind, "honor.careAmount", "VISIT")).isEqualByComparingTo("0.10");
        assertThat(MemberApiTest.part(byKind, "honor.careAmount", "HEALTH")).isEqualByComparingTo("0.05");
        assertThat(MemberApiTest.part(byKind, "honor.careAmount", "HARDSHIP")).isEqualByComparingTo("0.20");

        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        Map<String, Object> file = new HashMap<>(Map.of("unionId", company, "workerName", "省级劳模乙", "idNumber", poorId,
                "divisionCode", "440305", "category", "RELATIVE", "mainCause", "ILLNESS", "identity", "RETIRED",
                "householdSize", 2, "monthlyIncome", 1200, "monthsBelowStandard", 6));
        file.put("household", List.of());
        file.put("modelWorker", true);
        var filed = admin.post("/api/hardship-files", file);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Http approver = userAt(admin, district, "DISTRICT_ADMIN", unique("approver"));
        var approved = approver.post("/api/hardship-files/" + filed.json().get("id").asLong() + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        JsonNode hardship = admin.get("/api/honorees/in-hardship?under=" + district + "&year=" + y).json();
        assertThat(hardship.valueStream().map(h -> h.get("name").asString())).containsExactlyInAnyOrder("省级劳模甲", "省级劳模乙");
        assertThat(hardship.toString()).contains("\"openHardshipFile\":true").contains("\"hardshipAid\":2000");
    }

    private void care(long honoree, String kind, String on, int amount) {
        var r = admin.post("/api/honorees/" + honoree + "/care", Map.of("kind", kind, "on", on, "amount", amount));
        assertThat(r.status()).as(r.toString()).isLessThan(300);
    }
}
