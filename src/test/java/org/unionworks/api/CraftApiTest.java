package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** 工匠和竞赛 through the API: a contest from items to published results and honors, studios, 五小, evaluations, figures by hand. */
class CraftApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private String employerCode;
    private final LocalDate today = LocalDate.now(FEDERATION);

    @BeforeEach
    void aDistrictWithAnEmployer() {
        admin = admin();
        district = district(admin, unique("工匠区"));
        long employer = EmployerApiTest.createEmployer(admin, district, unique("机床厂"), 300);
        employerCode = admin.get("/api/employers/" + employer).json().get("creditCode").asString();
    }

    private JsonNode figures() {
        return admin.get("/api/figures?under=" + district + "&on=" + today + "&" + recentPeriod()).json();
    }

    private long contest(String name, String kind) {
        Map<String, Object> c = new HashMap<>();
        c.put("unionId", district);
        c.put("name", name);
        c.put("kind", kind);
        c.put("level", "DISTRICT");
        c.put("startsOn", today.minusDays(30).toString());
        c.put("endsOn", today.minusDays(10).toString());
        var r = admin.post("/api/contests", c);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long version(long contest) {
        return admin.get("/api/contests/" + contest).json().get("version").asLong();
    }

    @Test
    void aContestRunsFromItemsAndUnitsToPublishedResultsAndItsTitlesReach劳模库() {
        long id = contest("第六届职工技能运动会", "SKILL");
        assertThat(admin.post("/api/contests/" + id + "/items", Map.of("name", "数控车工", "occupation", "车工", "grade", "GRADE3")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/contests/" + id + "/items", Map.of("name", "焊工")).status()).isEqualTo(201);
        assertThat(admin.post("/api/contests/" + id + "/items", Map.of("name", "焊工")).text()).contains("同名的比武项目");
        var unit = admin.post("/api/contests/" + id + "/units", Map.of("creditCode", employerCode, "entrants", 120));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        assertThat(unit.json().get("name").asString()).contains("机床厂");
        assertThat(admin.post("/api/contests/" + id + "/units", Map.of("creditCode", "91110000MA0000000X")).status()).isEqualTo(400);

        String champion = People.idNumber(LocalDate.of(1990, 3, 7), false);
        String runnerUp = People.idNumber(LocalDate.of(1992, 5, 1), true);
        String csv = "比武项目,参赛单位,姓名,身份证号,工作单位,岗位,参赛阶段,成绩,名次,获奖等次,授予称号,晋升技术等级\n"
                + "数控车工," + unit.json().get("name").asString() + ",王冠," + champion + ",机床厂,车工,决赛,98.5,1,一等奖,市技术能手,技师\n"
                + "数控车工,汽修公司,李亚," + runnerUp + ",汽修公司,车工,决赛,95,2,二等奖,,高级工\n"
                + "焊工,汽修公司,赵三,,汽修公司,焊工,决赛,90,1,三等奖,,\n"
                + "焊工,汽修公司,钱四,,汽修公司,焊工,选拔赛,70,,,,\n";
        var imported = admin.importFile("/api/contests/" + id + "/entrants/import", "成绩.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");

        var bad = admin.importFile("/api/contests/" + id + "/entrants/import", "错.csv",
                ("比武项目,姓名,参赛阶段,获奖等次,授予称号\n钳工,周五,决赛,,\n焊工,吴六,岗位练兵,一等奖,\n焊工,郑七,决赛,,市技术能手\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("不是本竞赛的项目").contains("只有决赛选手").contains("须填写身份证号");

        JsonNode c = admin.get("/api/contests/" + id).json();
        assertThat(c.get("items").asLong()).isEqualTo(2);
        assertThat(c.get("units").asLong()).as("汽修公司 registered by the import").isEqualTo(2);
        assertThat(c.get("participants").asLong()).as("120 reported by 机床厂 + 3 listed of 汽修公司").isEqualTo(123);
        assertThat(c.get("finalists").asLong()).isEqualTo(3);

        var notice = admin.post("/api/contests/" + id + "/notice", Map.of("noticeFrom", today.toString(),
                "noticeTo", today.plusDays(4).toString(), "version", version(id)));
        assertThat(notice.json().get("status").asString()).as(notice.toString()).isEqualTo("NOTICE");
        assertThat(admin.post("/api/contests/" + id + "/items", Map.of("name", "电工")).text()).contains("公示中");
        Http visitor = new Http(port);
        JsonNode shown = visitor.get("/api/public/contest-results").json();
        assertThat(shown.toString()).contains("第六届职工技能运动会").contains("王冠").contains("一等奖").doesNotContain(champion);
        assertThat(visitor.post("/api/public/contest-results/" + id + "/objections", Map.of("content", "李亚的成绩有误",
                "contact", "13912345678")).status()).isEqualTo(201);
        assertThat(admin.get("/api/audit?entity=ContestObjection").json().get("items").get(0).get("changes").asString())
                .as("the contact left is masked in the audit").contains("李亚的成绩有误").doesNotContain("13912345678");
        String refused = admin.post("/api/contests/" + id + "/publish", Map.of("version", version(id))).text();
        assertThat(refused).contains("期满后才能公布");
        long objection = admin.get("/api/contests/" + id + "/objections").json().get(0).get("id").asLong();
        assertThat(admin.post("/api/contest-objections/" + objection + "/resolve", Map.of("resolution", "经核实成绩无误")).status())
                .isEqualTo(200);
        admin.post("/api/contests/" + id + "/withdraw-notice", Map.of("version", version(id)));
        admin.post("/api/contests/" + id + "/notice", Map.of("noticeFrom", today.minusDays(7).toString(),
                "noticeTo", today.minusDays(1).toString(), "version", version(id)));
        var published = admin.post("/api/contests/" + id + "/publish", Map.of("version", version(id)));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");

        long medal = admin.get("/api/honor-titles").json().valueStream().filter(t -> t.get("name").asString().equals("市五一劳动奖章"))
                .findFirst().orElseThrow().get("id").asLong();
        var campaign = admin.post("/api/honor-campaigns", Map.of("name", unique("五一劳动奖章评选"), "year", today.getYear(),
                "nominateFrom", today.minusDays(1).toString(), "nominateTo", today.plusDays(10).toString(),
                "quotas", java.util.List.of(Map.of("titleId", medal, "quota", 5))));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        long campaignId = campaign.json().get("id").asLong();
        JsonNode finalists = admin.get("/api/contests/" + id + "/entrants?stage=FINAL&sort=ranking,asc").json().get("items");
        long championId = finalists.valueStream().filter(e -> e.get("name").asString().equals("王冠")).findFirst().orElseThrow()
                .get("id").asLong();
        long unnamed = finalists.valueStream().filter(e -> e.get("name").asString().equals("赵三")).findFirst().orElseThrow().get("id").asLong();
        Map<String, Object> nomination = Map.of("campaignId", campaignId, "titleId", medal, "unionId", district,
                "achievements", "第六届职工技能运动会数控车工一等奖");
        var nominated = admin.post("/api/contests/" + id + "/entrants/" + championId + "/nominate", nomination);
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(200);
        assertThat(nominated.json().get("nominationId").isNull()).isFalse();
        assertThat(admin.get("/api/honor-campaigns/" + campaignId).text()).contains("王冠").contains("区县审核");
        assertThat(admin.post("/api/contests/" + id + "/entrants/" + championId + "/nominate", nomination).text()).contains("已推荐参评");
        assertThat(admin.post("/api/contests/" + id + "/entrants/" + unnamed + "/nominate", nomination).text()).contains("身份证号");

        JsonNode honorees = admin.get("/api/honorees?under=" + district + "&q=王冠").json().get("items");
        assertThat(honorees).hasSize(1);
        assertThat(honorees.get(0).get("honorsText").asString()).contains("市技术能手");

        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "craft.contests")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "craft.contestItems")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "craft.contestUnits")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "craft.contestants")).isEqualTo(123);
        assertThat(MemberApiTest.value(f, "craft.finalists")).isEqualTo(3);
        assertThat(MemberApiTest.value(f, "craft.winners")).isEqualTo(3);
        assertThat(MemberApiTest.value(f, "craft.titles")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "craft.gradeUpgrades")).isEqualTo(2);
        JsonNode tiers = admin.get("/api/figures?under=" + district + "&" + recentPeriod() + "&by=prizeTier").json();
        assertThat(MemberApiTest.part(tiers, "craft.winners", "FIRST")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(tiers, "craft.winners", "THIRD")).isEqualByComparingTo("1");
        assertThat(admin.post("/api/contests/" + id + "/items", Map.of("name", "电工")).text()).contains("已公布");

        String report = admin.get("/api/reports/work-report/preview?under=" + district + "&on=" + today + "&"
                + recentPeriod()).text();
        assertThat(report).contains("举办劳动和技能竞赛1项，设比武项目2个，2家单位123人次职工参加岗位练兵和选拔赛，3人次进入决赛")
                .contains("其中职业技能竞赛1项").contains("技术能手等称号获得者1名").contains("2人通过竞赛晋升技术等级")
                .doesNotContain("创新工作室取得成果");

        var export = admin.get("/api/reports/tables/export?under=" + district + "&" + recentPeriod());
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(export.bytes()))) {
            var rows = wb.getSheets().toList().get(2).read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("举办竞赛数（项）");
            var total = rows.stream().filter(r -> r.getCellText(0).startsWith("合计：")).findFirst().orElseThrow();
            assertThat(total.getCellText(1)).isEqualTo("1");
            assertThat(total.getCellText(4)).as("参赛人次").isEqualTo("123");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void studiosInnovationsAndEvaluationsAddUpInTheFigures() {
        Map<String, Object> studio = new HashMap<>();
        studio.put("unionId", district);
        studio.put("name", unique("王冠劳模创新工作室"));
        studio.put("level", "CITY");
        studio.put("namedYear", today.getYear() - 1);
        studio.put("leaderName", "王冠");
        studio.put("hostName", "机床厂");
        studio.put("hostCreditCode", employerCode);
        studio.put("memberCount", 8);
        var s = admin.post("/api/studios", studio);
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        long studioId = s.json().get("id").asLong();
        String studioName = s.json().get("name").asString();
        studio.put("name", unique("焊接工匠工作室"));
        studio.put("level", "DISTRICT");
        long second = admin.post("/api/studios", studio).json().get("id").asLong();
        assertThat(admin.post("/api/studios/" + studioId + "/achievements", Map.of("kind", "PATENT", "title", "快速对刀装置",
                "achievedOn", today.toString(), "benefit", 150000)).status()).isEqualTo(201);
        assertThat(admin.post("/api/studios/" + studioId + "/achievements", Map.of("kind", "SMALL", "title", "夹具改进",
                "achievedOn", today.toString(), "benefit", 50000)).status()).isEqualTo(201);
        var revoke = admin.post("/api/studios/" + second + "/reviews", Map.of("year", today.getYear(), "result", "REVOKE",
                "reviewedOn", today.toString(), "note", "连续两年无成果"));
        assertThat(revoke.status()).as(revoke.toString()).isEqualTo(201);
        assertThat(admin.post("/api/studios/" + second + "/reviews", Map.of("year", today.getYear(), "result", "PASS",
                "reviewedOn", today.toString())).text()).contains("已考核");

        String csv = "工会编号,成果名称,成果类别,完成人,所在单位,取得日期,经济效益（元）,所属创新工作室\n"
                + district + ",刀具寿命提升,小革新,张三,机床厂," + today + ",30000," + studioName + "\n"
                + district + ",工序合并建议,合理化建议,李四,机床厂," + today + ",20000,\n";
        assertThat(admin.importFile("/api/innovations/import", "错.csv", ("工会编号,成果名称,成果类别,完成人,所在单位,取得日期,所属创新工作室\n"
                + district + ",x,小发明,x,x," + today + ",不存在的工作室\n").getBytes(StandardCharsets.UTF_8)).toString())
                .contains("不存在的工作室");
        var imported = admin.importFile("/api/innovations/import", "五小.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        var eval = admin.post("/api/employer-evaluations", Map.of("creditCode", employerCode, "year", today.getYear(), "kind", "TITLE",
                "evaluated", 35, "demonstration", true));
        assertThat(eval.status()).as(eval.toString()).isEqualTo(200);
        admin.post("/api/employer-evaluations", Map.of("creditCode", employerCode, "year", today.getYear(), "kind", "SKILL", "evaluated", 80));

        String associationCode = creditCode();
        Map<String, Object> association = new HashMap<>(Map.of("unionId", district, "name", unique("机械行业协会"), "creditCode", associationCode,
                "employeeCount", 12, "femaleCount", 5, "industry", "S", "ownershipType", "530", "registeredOn", "2020-01-01"));
        assertThat(admin.post("/api/employers", association).status()).isEqualTo(201);
        assertThat(admin.post("/api/employer-evaluations", Map.of("creditCode", associationCode, "year", today.getYear(), "kind", "SKILL",
                "evaluated", 300)).json().get("association").asBoolean()).isTrue();

        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "craft.evaluatingAssociations")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "craft.studios")).as("one named last year in force, one revoked today").isEqualTo(1);
        assertThat(MemberApiTest.value(f, "craft.studioAchievements")).isEqualTo(2);
        assertThat(MemberApiTest.find(f, "craft.studioBenefit").get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(MemberApiTest.value(f, "craft.smallInnovations")).isEqualTo(2);
        assertThat(MemberApiTest.find(f, "craft.innovationBenefit").get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(MemberApiTest.value(f, "craft.evaluatingEmployers")).as("one employer, two kinds; the association apart").isEqualTo(1);
        assertThat(MemberApiTest.value(f, "craft.evaluations")).isEqualTo(3);
        assertThat(MemberApiTest.value(f, "craft.demonstrationEmployers")).isEqualTo(1);
        assertThat(admin.get("/api/studios?under=" + district + "&active=true").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/innovations?under=" + district + "&studioId=" + studioId).json().get("items").get(0)
                .get("title").asString()).isEqualTo("刀具寿命提升");
    }

    @Test
    void anotherDistrictSeesNeitherTheContestNorItsEntrants() {
        long id = contest("区级岗位练兵", "DRILL");
        long other = district(admin, unique("邻区"));
        Http neighbour = userAt(admin, other, "DISTRICT_ADMIN", unique("neighbour"));
        assertThat(neighbour.get("/api/contests/" + id).status()).isEqualTo(404);
        assertThat(neighbour.get("/api/contests/" + id + "/entrants").status()).isEqualTo(404);
        assertThat(neighbour.post("/api/contests/" + id + "/items", Map.of("name", "钳工")).status()).isEqualTo(404);
        assertThat(neighbour.get("/api/contests").text()).doesNotContain("区级岗位练兵");
    }

    @Test
    void everythingEnteredCanBeCorrectedOrRemovedWhileTheContestIsOpen() {
        long id = contest("区级焊工比武", "SKILL");
        Map<String, Object> edit = new HashMap<>(Map.of("name", "区级焊工技能比武", "kind", "SKILL", "level", "DISTRICT",
                "startsOn", today.minusDays(30).toString(), "endsOn", today.minusDays(5).toString(), "version", version(id)));
        assertThat(admin.put("/api/contests/" + id, edit).json().get("name").asString()).isEqualTo("区级焊工技能比武");
        String c = "/api/contests/" + id;
        JsonNode item = admin.post(c + "/items", Map.of("name", "焊工")).json();
        var renamed = admin.put(c + "/items/" + item.get("id").asLong(), Map.of("name", "手工电弧焊", "grade", "GRADE3",
                "version", item.get("version").asLong()));
        assertThat(renamed.json().get("name").asString()).as(renamed.toString()).isEqualTo("手工电弧焊");
        assertThat(admin.put(c + "/items/" + item.get("id").asLong(), Map.of("name", "x", "version", 99)).status())
                .as("an old version is refused").isEqualTo(409);
        JsonNode unit = admin.post(c + "/units", Map.of("name", "焊接公司")).json();
        assertThat(admin.put(c + "/units/" + unit.get("id").asLong(), Map.of("name", "焊接公司", "entrants", 45,
                "version", unit.get("version").asLong())).json().get("reported").asInt()).isEqualTo(45);
        var units = admin.importFile(c + "/units/import", "单位.csv", "参赛单位名称,参赛人数\n焊接公司,50\n建工集团,80\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(units.json().get("status").asString()).as(units.toString()).isEqualTo("DONE");
        assertThat(admin.get(c).json().get("participants").asLong()).isEqualTo(130);
        String idNumber = org.unionworks.support.People.idNumber();
        JsonNode entrant = admin.post(c + "/entrants", Map.of("itemId", item.get("id").asLong(), "name", "孙焊", "idNumber", idNumber,
                "stage", "FINAL", "ranking", 2, "prizeTier", "SECOND")).json();
        var corrected = admin.put(c + "/entrants/" + entrant.get("id").asLong(), Map.of("itemId", item.get("id").asLong(),
                "name", "孙焊", "stage", "FINAL", "ranking", 1, "prizeTier", "FIRST", "version", entrant.get("version").asLong()));
        assertThat(corrected.json().get("prizeTier").asString()).as(corrected.toString()).isEqualTo("FIRST");
        assertThat(corrected.json().get("idNumber").asString()).as("an edit without the ID number keeps it")
                .isEqualTo(org.unionworks.platform.validation.IdNumbers.mask(idNumber));
        assertThat(admin.delete(c + "/items/" + item.get("id").asLong()).text()).contains("已有参赛选手");
        assertThat(admin.delete(c + "/entrants/" + entrant.get("id").asLong()).status()).isEqualTo(204);
        assertThat(admin.delete(c + "/items/" + item.get("id").asLong()).status()).isEqualTo(204);
        assertThat(admin.delete(c + "/units/" + unit.get("id").asLong()).status()).isEqualTo(204);
        assertThat(admin.get(c).json().get("participants").asLong()).isEqualTo(80);

        Map<String, Object> studio = new HashMap<>(Map.of("unionId", district, "name", unique("焊接工作室"), "level", "DISTRICT",
                "namedYear", today.getYear(), "leaderName", "孙焊", "hostName", "焊接公司", "hostCreditCode", employerCode));
        JsonNode named = admin.post("/api/studios", studio).json();
        studio.put("fields", "薄板焊接");
        studio.put("hostCreditCode", "");
        studio.put("version", named.get("version").asLong());
        JsonNode updated = admin.put("/api/studios/" + named.get("id").asLong(), studio).json();
        assertThat(updated.get("fields").asString()).isEqualTo("薄板焊接");
        assertThat(updated.get("employerId").isNull()).as("the employer link stays").isFalse();
        JsonNode achievement = admin.post("/api/studios/" + named.get("id").asLong() + "/achievements", Map.of("kind", "SMALL",
                "title", "焊缝检测尺", "achievedOn", today.toString())).json();
        assertThat(admin.put("/api/studios/" + named.get("id").asLong() + "/achievements/" + achievement.get("id").asLong(),
                Map.of("kind", "SMALL", "title", "焊缝检测尺", "achievedOn", today.toString(), "benefit", 8000,
                        "version", achievement.get("version").asLong())).json().get("benefit").decimalValue()).isEqualByComparingTo("8000");

        JsonNode innovation = admin.post("/api/innovations", Map.of("unionId", district, "title", "焊枪支架", "category", "INVENTION",
                "authors", "孙焊", "employerName", "焊接公司", "achievedOn", today.toString())).json();
        assertThat(admin.put("/api/innovations/" + innovation.get("id").asLong(), Map.of("title", "可调焊枪支架", "category", "INVENTION",
                "authors", "孙焊", "employerName", "焊接公司", "achievedOn", today.toString(), "version", innovation.get("version").asLong()))
                .json().get("title").asString()).isEqualTo("可调焊枪支架");
        long evaluation = admin.post("/api/employer-evaluations", Map.of("creditCode", employerCode, "year", today.getYear(), "kind", "TITLE"))
                .json().get("id").asLong();
        assertThat(admin.delete("/api/employer-evaluations/" + evaluation).status()).isEqualTo(204);
        assertThat(MemberApiTest.value(figures(), "craft.evaluations")).isZero();
    }
}
