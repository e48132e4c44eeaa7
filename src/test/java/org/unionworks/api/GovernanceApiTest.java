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
import org.unionworks.governance.ProblemLedger;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.StatementLog;

import tools.jackson.databind.JsonNode;

/** Rules with revisions, the rectification ledger, 三重一大, field research feeding the ledger, activities and figures. */
class GovernanceApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private String period;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("治理区"));
        // two months back: the test's days, up to 40 days ago, fall in it even in the first days of January
        period = "under=" + district + "&" + recentPeriod();
    }

    private JsonNode figures() {
        return admin.get("/api/figures?" + period).json();
    }

    private String upload(String name, String text) {
        var r = admin.upload("/api/files", name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void aRuleKeepsEveryRevisionAndCountsWhileInForce() {
        String today = LocalDate.now().toString();
        var enacted = admin.post("/api/rules", Map.of("unionId", district, "title", "财务报销管理办法", "category", "FINANCE",
                "on", LocalDate.now().minusDays(10).toString(), "body", "第一条 报销须经审批。"));
        assertThat(enacted.status()).as(enacted.toString()).isEqualTo(201);
        long id = enacted.json().get("id").asLong();
        String file = upload("办法（修订稿）.pdf", "%PDF-1.4 修订稿");
        var revised = admin.post("/api/rules/" + id + "/revise", Map.of("title", "财务报销管理办法（2026年修订）",
                "category", "FINANCE", "on", today, "body", "第一条 报销须经两级审批。", "fileId", file, "note", "审计整改"));
        assertThat(revised.json().get("currentVersion").asInt()).as(revised.toString()).isEqualTo(2);
        assertThat(admin.get("/api/rules?status=IN_FORCE").text()).contains("财务报销管理办法");
        assertThat(admin.get("/api/rules?status=VALID").status()).as("a status that does not exist").isEqualTo(400);
        JsonNode history = admin.get("/api/rules/" + id).json().get("revisions");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("body").asString()).isEqualTo("第一条 报销须经审批。");
        assertThat(history.get(0).get("fileId").asString()).isEqualTo(file);
        assertThat(admin.get("/api/files/" + file).status()).isEqualTo(200);

        assertThat(admin.post("/api/rules", Map.of("unionId", district, "title", "空制度", "category", "FINANCE", "on", today))
                .text()).contains("请填写制度正文或上传制度文件");
        assertThat(admin.post("/api/rules", Map.of("unionId", district, "title", "x", "category", "NOPE", "on", today, "body", "x"))
                .text()).contains("请选择制度类别");
        assertThat(admin.upload("/api/files", "virus.exe", new byte[] {77, 90}).text()).contains("只能上传");

        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "governance.rulesEnacted")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "governance.rulesRevised")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "governance.rulesInForce")).isEqualTo(1);
        assertThat(admin.post("/api/rules/" + id + "/repeal", Map.of("on", today, "note", "被新办法取代")).json().get("status").asString())
                .isEqualTo("REPEALED");
        assertThat(MemberApiTest.value(figures(), "governance.rulesInForce")).isZero();
    }

    private Map<String, Object> problem(String source, String category, LocalDate found, LocalDate deadline) {
        Map<String, Object> p = new HashMap<>();
        p.put("unionId", district);
        p.put("source", source);
        p.put("category", category);
        p.put("description", "固定资产台账不全");
        p.put("ownerPerson", "王会计");
        p.put("ownerDepartment", "财务部");
        p.put("measures", "全面盘点");
        p.put("foundOn", found.toString());
        p.put("deadline", deadline.toString());
        return p;
    }

    @Autowired
    ProblemLedger ledger;

    /** 经审 figures ask the ledger for their findings' progress: one statement however many items (it was one per item). */
    @Test
    void theLedgerGivesManyItemsProgressInOneStatement() {
        LocalDate today = LocalDate.now();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(admin.post("/api/rectifications", problem("AUDIT", "ASSETS", today.minusDays(10), today.plusDays(10))).json().get("id").asLong());
        }
        Map<String, Object> atOnce = problem("SELF", "CONDUCT", today, today);
        atOnce.put("fixedAtOnce", "当场纠正");
        ids.add(admin.post("/api/rectifications", atOnce).json().get("id").asLong());

        var recorded = StatementLog.during(() -> ledger.progress(ids));
        assertThat(recorded.statements()).as("statements for %d items", ids.size()).hasSize(1);
        assertThat(recorded.result()).hasSize(4);
        assertThat(recorded.result().get(ids.get(3)).rectified()).isTrue();
        assertThat(recorded.result().get(ids.get(0)).rectified()).isFalse();
        assertThat(recorded.result().get(ids.get(0)).deadline()).isEqualTo(today.plusDays(10));
        assertThat(ledger.progress(List.of())).isEmpty();
    }

    @Test
    void theLedgerTracksOwnersDeadlinesEvidenceAndOverdueItems() {
        LocalDate today = LocalDate.now();
        long late = admin.post("/api/rectifications", problem("AUDIT", "ASSETS", today.minusDays(40), today.minusDays(5)))
                .json().get("id").asLong();
        long onTime = admin.post("/api/rectifications", problem("INSPECTION", "FINANCE", today.minusDays(20), today.plusDays(20)))
                .json().get("id").asLong();
        Map<String, Object> atOnce = problem("SELF", "CONDUCT", today, today);
        atOnce.put("fixedAtOnce", "当场纠正");
        var immediate = admin.post("/api/rectifications", atOnce);
        assertThat(immediate.json().get("status").asString()).isEqualTo("DONE");
        assertThat(immediate.json().get("immediate").asBoolean()).isTrue();
        assertThat(admin.post("/api/rectifications", problem("AUDIT", "ASSETS", today, today.minusDays(1))).text())
                .contains("整改期限不能早于发现日期");

        JsonNode overdue = admin.get("/api/rectifications?under=" + district + "&status=OVERDUE").json();
        assertThat(overdue.get("items").valueStream().map(i -> i.get("id").asLong())).containsExactly(late);
        admin.post("/api/reminders/refresh", Map.of());
        Http owner = userAt(admin, district, "DISTRICT_ADMIN", unique("own"));
        assertThat(owner.get("/api/reminders?kind=RECTIFICATION_OVERDUE").json().get("items").get(0).get("title").asString())
                .contains("王会计");

        String evidence = upload("盘点表.xlsx", "盘点");
        var done = admin.post("/api/rectifications/" + onTime + "/complete", Map.of("doneOn", today.toString(),
                "result", "已完成盘点并建账", "evidence", List.of(evidence)));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.json().get("evidence").get(0).asString()).isEqualTo(evidence);
        assertThat(admin.post("/api/rectifications/" + late + "/verify", Map.of("verifier", "纪检组", "on", today.toString())).status())
                .as("only done items are verified").isEqualTo(409);
        var closed = admin.post("/api/rectifications/" + onTime + "/verify", Map.of("verifier", "纪检组", "on", today.toString()));
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");

        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "governance.problemsFound")).isEqualTo(3);
        assertThat(MemberApiTest.value(f, "governance.problemsFixed")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "governance.problemsOnTime")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "governance.problemsOverdue")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "governance.problemCategories")).isEqualTo(3);
        assertThat(admin.get("/api/rectifications/export?under=" + district).status()).isEqualTo(200);
        JsonNode byCategory = admin.get("/api/figures?" + period + "&by=problemCategory").json();
        assertThat(MemberApiTest.find(byCategory, "governance.problemsFound").get("parts").valueStream()
                .filter(p -> p.get("value").asLong() > 0)).hasSize(3);
        assertThat(MemberApiTest.part(byCategory, "governance.problemsOverdue", "ASSETS")).isEqualByComparingTo("1");
        assertThat(MemberApiTest.part(byCategory, "governance.problemsFixed", "ASSETS")).isEqualByComparingTo("0");
        assertThat(MemberApiTest.find(byCategory, "governance.rulesInForce").get("parts").isNull()).isTrue();
    }

    @Test
    void aLargeSumWithoutACollectiveDecisionIsFlagged() {
        var flagged = admin.post("/api/major-matters", Map.of("unionId", district, "matter", "职工之家装修", "matterType", "LARGE_SUM",
                "amount", 500000));
        assertThat(flagged.json().get("flagged").asBoolean()).as(flagged.toString()).isTrue();
        assertThat(flagged.json().get("flagReason").asString()).contains("未记录集体决策");
        long id = flagged.json().get("id").asLong();
        var decided = admin.put("/api/major-matters/" + id, Map.of("matter", "职工之家装修", "matterType", "LARGE_SUM",
                "amount", 500000, "meeting", "党组会", "decidedOn", LocalDate.now().toString(), "decision", "同意",
                "votes", "7票同意", "version", flagged.json().get("version").asLong()));
        assertThat(decided.json().get("flagged").asBoolean()).isFalse();
        var small = admin.post("/api/major-matters", Map.of("unionId", district, "matter", "购买办公用品", "matterType", "LARGE_SUM",
                "amount", 1000));
        assertThat(small.json().get("flagged").asBoolean()).isFalse();
        assertThat(admin.post("/api/major-matters", Map.of("unionId", district, "matter", "x", "matterType", "LARGE_SUM")).text())
                .contains("须填写金额");
    }

    @Test
    void fieldResearchProblemsGoIntoTheLedgerAndActivitiesCount() {
        LocalDate today = LocalDate.now();
        long round = admin.post("/api/research-rounds", Map.of("unionId", district, "title", "新就业形态劳动者入会调研",
                "startsOn", today.minusDays(10).toString(), "endsOn", today.minusDays(2).toString(),
                "visited", "快递网点3个、外卖站点2个", "visitedCount", 5)).json().get("id").asLong();
        var first = admin.post("/api/research-rounds/" + round + "/problems", Map.of("category", "ORGANIZATION",
                "description", "站点流动性大，入会渠道不畅", "ownerPerson", "组织部李部长", "deadline", today.minusDays(1).toString()));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        admin.post("/api/research-rounds/" + round + "/problems", Map.of("category", "RIGHTS",
                "description", "劳动合同签订率低", "ownerPerson", "法工部", "deadline", today.plusDays(30).toString()));
        JsonNode items = admin.get("/api/rectifications?researchId=" + round).json();
        assertThat(items.get("total").asLong()).isEqualTo(2);
        assertThat(items.get("items").valueStream().map(i -> i.get("source").asString())).containsOnly("RESEARCH");
        assertThat(admin.get("/api/rectifications?under=" + district + "&status=OVERDUE").json().get("total").asLong()).isEqualTo(1);

        admin.post("/api/activities", Map.of("unionId", district, "kind", "TRAINING", "heldOn", today.toString(),
                "topic", "工会财务业务培训", "participants", 86));
        admin.post("/api/activities", Map.of("unionId", district, "kind", "STUDY", "heldOn", today.toString(),
                "topic", "专题学习会", "participants", 30));
        long grassroots = createOrg(admin, district, unique("蹲点企业工会"), "GRASSROOTS", "ENTERPRISE");
        long group = admin.post("/api/work-groups", Map.of("unionId", district, "name", "第一蹲点工作组", "members", "张三、李四",
                "stationedUnionId", grassroots, "startsOn", today.minusDays(30).toString())).json().get("id").asLong();
        var matter = admin.post("/api/work-groups/" + group + "/matters", Map.of("doneOn", today.toString(),
                "description", "协调解决职工食堂就餐难"));
        assertThat(matter.status()).as(matter.toString()).isEqualTo(201);

        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "governance.researchProblems")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "governance.researchCategories")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "activity.trainings")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "activity.trainingParticipants")).isEqualTo(86);
        assertThat(MemberApiTest.value(f, "activity.studySessions")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "activity.workGroups")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "activity.unionsReached")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "activity.practicalMatters")).isEqualTo(1);
        assertThat(MemberApiTest.value(f, "activity.unitsVisited")).isEqualTo(5);
    }

    @Test
    void problemListsOutreachAndActivitiesComeInFromSpreadsheets() throws Exception {
        String problems = "整改单位编号,问题来源,问题类别,问题描述,责任人,发现日期,整改期限\n"
                + district + ",审计,财务管理,报销凭证不全,王会计," + LocalDate.now().minusDays(5) + "," + LocalDate.now().plusDays(30) + "\n"
                + district + ",巡察,财务管理,倒填期限,李四," + LocalDate.now().minusDays(5) + "," + LocalDate.now().minusDays(10) + "\n";
        var r = admin.importFile("/api/rectifications/import?mode=VALID_ONLY", "problems.csv", problems.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(1);
        assertThat(r.text()).contains("整改期限不能早于发现日期");
        assertThat(admin.get("/api/rectifications?under=" + district + "&source=AUDIT").json().get("total").asLong()).isEqualTo(1);

        String outreach = "主办工会编号,日期,主题,形式,现场受众,线上受众\n" + district + "," + LocalDate.now() + ",宪法宣传周,宣传周,200,1000\n";
        var o = admin.importFile("/api/rights/outreach/import", "outreach.csv", outreach.getBytes(StandardCharsets.UTF_8));
        assertThat(o.json().get("created").asInt()).as(o.toString()).isEqualTo(1);
        String activities = "工会编号,类别,日期,主题,参加人数\n" + district + ",业务培训," + LocalDate.now() + ",经审培训,60\n"
                + district + ",业务培训," + LocalDate.now().plusDays(3) + ",未来培训,10\n";
        var a = admin.importFile("/api/activities/import?mode=VALID_ONLY", "activities.csv", activities.getBytes(StandardCharsets.UTF_8));
        assertThat(a.json().get("created").asInt()).as(a.toString()).isEqualTo(1);
        assertThat(a.text()).contains("日期不能晚于今天");
        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "rights.outreachAudience")).isEqualTo(1200);
        assertThat(MemberApiTest.value(f, "activity.trainingParticipants")).isEqualTo(60);

        admin.post("/api/rules", Map.of("unionId", district, "title", "合同管理办法", "category", "CONTRACT",
                "on", LocalDate.now().toString(), "body", "x"));
        assertThat(EmployerApiTest.firstRows(admin.get("/api/rules/export").bytes(), 200).stream()
                .anyMatch(row -> row.contains("合同管理办法"))).isTrue();
        // the export takes the list's filters: another union's subtree has none of this district's rules
        long other = district(admin, unique("另一区"));
        assertThat(EmployerApiTest.firstRows(admin.get("/api/rules/export?under=" + other).bytes(), 200).stream()
                .noneMatch(row -> row.contains("合同管理办法"))).isTrue();
        assertThat(EmployerApiTest.firstRows(admin.get("/api/rules/export?under=" + district + "&status=IN_FORCE").bytes(), 200)
                .stream().anyMatch(row -> row.contains("合同管理办法"))).isTrue();
        admin.post("/api/major-matters", Map.of("unionId", district, "matter", "大额采购", "matterType", "LARGE_SUM", "amount", 900000));
        assertThat(EmployerApiTest.firstRows(admin.get("/api/major-matters/export").bytes(), 200).stream()
                .anyMatch(row -> row.contains("大额采购"))).isTrue();
        assertThat(admin.get("/api/activities/export").status()).isEqualTo(200);
    }
}
