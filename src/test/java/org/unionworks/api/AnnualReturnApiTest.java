package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/** The 2026 statistical year's returns, from the pre-filled grassroots forms to the district's approval by the city. */
class AnnualReturnApiTest extends ApiTestBase {

    static final int YEAR = 2026;

    private Http admin;
    private long district;
    private long a;
    private long b;

    @BeforeEach
    void aDistrictWithTwoGrassrootsUnions() {
        admin = admin();
        district = district(admin, unique("年报区"));
        a = grassroots("甲厂工会");
        b = grassroots("乙厂工会");
        long employer = EmployerApiTest.createEmployer(admin, district, unique("甲厂"), 100);
        assertThat(admin.post("/api/orgs/" + a + "/coverage", Map.of("employerId", employer, "fromDate", "2021-01-01")).status()).isLessThan(300);
        count(employer, 100);
        long employerOfB = EmployerApiTest.createEmployer(admin, district, unique("乙厂"), 60);
        assertThat(admin.post("/api/orgs/" + b + "/coverage", Map.of("employerId", employerOfB, "fromDate", "2021-01-01")).status()).isLessThan(300);
        count(employerOfB, 60);
        member(a, "王芳", true);
        qiang = member(a, "李强", false);
    }

    private long qiang;

    private void count(long employer, int employees) {
        var counted = admin.post("/api/employers/" + employer + "/headcounts", Map.of("countedOn", "2025-12-31", "employees", employees));
        assertThat(counted.status()).as(counted.toString()).isLessThan(300);
    }

    private long grassroots(String name) {
        Map<String, Object> body = new HashMap<>(Map.of("parentId", district, "name", unique(name), "orgType", "GRASSROOTS",
                "grassrootsKind", "ENTERPRISE", "foundedOn", "2020-03-01"));
        var r = admin.post("/api/orgs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long member(long union, String name, boolean woman) {
        var r = admin.post("/api/members", MemberApiTest.member(union, name, People.idNumber(LocalDate.of(1990, 3, 1), woman)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long generate() {
        var g = admin.post("/api/annual-returns/generate", Map.of("year", YEAR, "unionId", district));
        assertThat(g.status()).as(g.toString()).isEqualTo(200);
        assertThat(g.json().get("created").asInt()).as("the district's and its two grassroots unions' returns").isEqualTo(3);
        return returnOf(admin, a);
    }

    private long returnOf(Http http, long union) {
        JsonNode list = http.get("/api/annual-returns?year=" + YEAR + "&under=" + union + "&size=50").json();
        for (JsonNode r : list.get("items")) {
            if (r.get("unionId").asLong() == union) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no return of " + union + ": " + list);
    }

    static Map<String, JsonNode> cells(JsonNode form) {
        Map<String, JsonNode> cells = new HashMap<>();
        form.get("cells").forEach(c -> cells.put(c.get("code").asString(), c));
        return cells;
    }

    static double value(JsonNode form, String code) {
        JsonNode v = cells(form).get(code).get("value");
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    private static Map<String, Object> answers(long version, Object... codeAndValue) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            Map<String, Object> one = new HashMap<>();
            one.put("code", codeAndValue[i]);
            one.put("value", codeAndValue[i + 1]);
            list.add(one);
        }
        return Map.of("answers", list, "version", version);
    }

    /** Every question of a grassroots form answered consistently. */
    static Object[] allAnswered() {
        return new Object[] {"J104", 40, "J105", 10, "J200", 3, "J201", 5, "J202", 2, "J203", 1, "J204", 2, "J305", 20, "J306", 8,
                "J401", 1, "J402", 1, "J403", 0, "J505", 0, "J601", 1};
    }

    private JsonNode answerAll(Http http, long id) {
        long version = http.get("/api/annual-returns/" + id).json().get("header").get("version").asLong();
        var r = http.put("/api/annual-returns/" + id + "/answers", answers(version, allAnswered()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode submit(Http http, long id) {
        long version = http.get("/api/annual-returns/" + id).json().get("header").get("version").asLong();
        var r = http.post("/api/annual-returns/" + id + "/submit", Map.of("signerName", "张主席", "signedOn", LocalDate.now().toString(),
                "version", version));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode review(Http http, long id, String action, String comment) {
        long version = http.get("/api/annual-returns/" + id).json().get("header").get("version").asLong();
        Map<String, Object> body = new HashMap<>(Map.of("version", version));
        if (comment != null) {
            body.put("comment", comment);
        }
        var r = http.post("/api/annual-returns/" + id + "/" + action, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aGrassrootsFormIsPrefilledFromTheRecordsAndOnlyItsQuestionsAreAnswered() {
        long id = generate();
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        JsonNode form = unionA.get("/api/annual-returns/" + id).json();
        assertThat(form.get("header").get("status").asString()).isEqualTo("DRAFT");
        assertThat(form.get("from").asString()).isEqualTo("2025-10-01");
        assertThat(form.get("to").asString()).isEqualTo("2026-09-30");
        assertThat(value(form, "J101")).isEqualTo(1);
        assertThat(value(form, "J106")).as("members on 30 September").isEqualTo(2);
        assertThat(value(form, "J107")).as("women members").isEqualTo(1);
        assertThat(value(form, "J104")).as("a question starts unanswered").isNaN();
        assertThat(cells(form).get("J106").get("source").asString()).isEqualTo("FIGURE");
        assertThat(cells(form).get("J106").get("link").asString()).isEqualTo("/members");

        long version = form.get("header").get("version").asLong();
        var computed = unionA.put("/api/annual-returns/" + id + "/answers", answers(version, "J106", 5));
        assertThat(computed.status()).isEqualTo(400);
        assertThat(computed.text()).contains("由业务记录计算得出");
        var notYesNo = unionA.put("/api/annual-returns/" + id + "/answers", answers(version, "J401", 2));
        assertThat(notYesNo.text()).contains("应填1（是）或0（否）");
        var fraction = unionA.put("/api/annual-returns/" + id + "/answers", answers(version, "J201", 2.5));
        assertThat(fraction.text()).contains("应为整数");

        var tooManyWomen = unionA.put("/api/annual-returns/" + id + "/answers", answers(version, "J104", 500));
        assertThat(tooManyWomen.status()).as(tooManyWomen.toString()).isEqualTo(200);
        JsonNode failing = tooManyWomen.json().get("checks").valueStream().filter(c -> c.get("code").asString().equals("C05")).findFirst().orElseThrow();
        assertThat(failing.get("passed").asBoolean()).isFalse();
        assertThat(failing.get("cells").valueStream().map(JsonNode::asString)).containsExactly("J104", "J103");
        assertThat(tooManyWomen.json().get("header").get("blockingFailures").asInt()).isEqualTo(1);

        JsonNode listed = admin.get("/api/annual-returns/failures?year=" + YEAR + "&under=" + district + "&blocking=true").json();
        assertThat(listed.get("items").valueStream().map(f -> f.get("unionId").asLong() + ":" + f.get("checkCode").asString()))
                .contains(a + ":C05");
        var rectified = admin.post("/api/annual-returns/" + id + "/failures/C05/rectify", Map.of("ownerPerson", "刘会计",
                "deadline", LocalDate.now().plusDays(30).toString(), "measures", "按人事台账核对女职工人数"));
        assertThat(rectified.status()).as(rectified.toString()).isEqualTo(201);
        long item = rectified.json().get("rectificationId").asLong();
        assertThat(admin.post("/api/annual-returns/" + id + "/failures/C05/rectify", Map.of("ownerPerson", "刘会计",
                "deadline", LocalDate.now().plusDays(30).toString())).status()).as("once per check").isEqualTo(409);
        assertThat(admin.post("/api/annual-returns/" + id + "/failures/C01/rectify", Map.of("ownerPerson", "刘会计",
                "deadline", LocalDate.now().plusDays(30).toString())).text()).contains("已通过");
        JsonNode opened = admin.get("/api/annual-returns/failures?year=" + YEAR + "&under=" + district + "&blocking=true").json()
                .get("items").valueStream().filter(f -> f.get("checkCode").asString().equals("C05")).findFirst().orElseThrow();
        assertThat(opened.get("rectificationId").asLong()).isEqualTo(item);
        assertThat(opened.get("rectificationStatus").asString()).isEqualTo("整改中");
        JsonNode quality = admin.get("/api/annual-returns/progress?year=" + YEAR + "&under=" + district).json().get("total");
        assertThat(quality.get("validity").asDouble()).as("one blocking check of 9 failing on one of three forms").isLessThan(100);
        assertThat(quality.get("completeness").decimalValue()).as("questions answered, against the rows").isEqualByComparingTo(completeness());
        assertThat(TestDatabase.notPlacedByDistrict(jdbc, "annual_return", "annual_return_value", "annual_check_failure",
                "annual_check_rectification", "annual_frozen_row")).as("on Citus, the returns and their rows by district").isEmpty();

        var refused = unionA.post("/api/annual-returns/" + id + "/submit", Map.of("signerName", "张主席", "signedOn", LocalDate.now().toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("还有");

        answerAll(unionA, id);
        var stillWrong = unionA.put("/api/annual-returns/" + id + "/answers", answers(
                unionA.get("/api/annual-returns/" + id).json().get("header").get("version").asLong(), "J200", 9));
        assertThat(stillWrong.json().get("header").get("blockingFailures").asInt()).as("cadres ≠ full-time + part-time").isEqualTo(1);
        var blocked = unionA.post("/api/annual-returns/" + id + "/submit", Map.of("signerName", "张主席", "signedOn", LocalDate.now().toString()));
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.text()).contains("逻辑检查未通过").contains("工会干部应等于专职和兼职工会干部之和");
    }

    @Autowired
    JdbcTemplate jdbc;

    /** The share of the questions of the district's returns of the year that are answered, in per cent, from the rows. */
    private java.math.BigDecimal completeness() {
        String returns = " from annual_return r join union_org u on u.id = r.union_id where r.stat_year = ? and u.path like ?";
        String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, district) + "%";
        long[] questions = {0};
        jdbc.query("select r.form_id, count(*)" + returns + " group by r.form_id", rs -> {
            questions[0] += rs.getLong(2) * jdbc.queryForObject("select count(*) from annual_form_cell where form_id = ? and source = 'QUESTION'",
                    Long.class, rs.getLong(1));
        }, YEAR, path);
        long unanswered = jdbc.queryForObject("select count(*) from annual_return_value v where v.val is null and v.return_id in (select r.id"
                + returns + ")", Long.class, YEAR, path);
        assertThat(unanswered).as("some questions are still unanswered").isPositive();
        return java.math.BigDecimal.valueOf((questions[0] - unanswered) * 1000 / questions[0], 1);
    }

    @Test
    void returnsGoUpTheTreeAndAnApprovedReturnIsFrozen() {
        long idA = generate();
        long idB = returnOf(admin, b);
        long idDistrict = returnOf(admin, district);
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        Http unionB = userAt(admin, b, "GRASSROOTS_ADMIN", unique("gb"));
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));

        answerAll(unionA, idA);
        JsonNode submitted = submit(unionA, idA);
        assertThat(submitted.get("header").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("header").get("signerName").asString()).isEqualTo("张主席");
        assertThat(unionA.post("/api/annual-returns/" + idA + "/approve", Map.of()).status()).as("not its own review").isEqualTo(403);
        assertThat(unionB.get("/api/annual-returns/" + idA).status()).as("a neighbour's form is out of scope").isEqualTo(404);

        var noReason = districtAdmin.post("/api/annual-returns/" + idA + "/send-back", Map.of());
        assertThat(noReason.text()).contains("请填写审核意见");
        JsonNode back = review(districtAdmin, idA, "send-back", "女职工人数请按人事台账核对");
        assertThat(back.get("header").get("status").asString()).isEqualTo("RETURNED");
        assertThat(back.get("header").get("reviewComment").asString()).contains("人事台账");
        submit(unionA, idA);

        var early = districtAdmin.post("/api/annual-returns/" + idDistrict + "/submit", Map.of("signerName", "区总主席",
                "signedOn", LocalDate.now().toString()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("下级调查表尚未全部审核通过");

        assertThat(review(districtAdmin, idA, "approve", null).get("header").get("status").asString()).isEqualTo("APPROVED");
        JsonNode districtForm = districtAdmin.get("/api/annual-returns/" + idDistrict).json();
        assertThat(value(districtForm, "J106")).as("the district adds up the approved return below").isEqualTo(2);
        assertThat(value(districtForm, "J401")).as("unions with a labour protection committee").isEqualTo(1);

        answerAll(unionB, idB);
        submit(unionB, idB);
        review(districtAdmin, idB, "approve", "同意");
        districtForm = districtAdmin.get("/api/annual-returns/" + idDistrict).json();
        assertThat(value(districtForm, "J101")).isEqualTo(2);
        assertThat(value(districtForm, "J103")).isEqualTo(160);
        assertThat(value(districtForm, "J104")).isEqualTo(80);
        assertThat(value(districtForm, "J106")).isEqualTo(2);

        long version = districtForm.get("header").get("version").asLong();
        var own = districtAdmin.put("/api/annual-returns/" + idDistrict + "/answers", answers(version, "F801", 12, "F802", 5, "F803", 3));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        submit(districtAdmin, idDistrict);
        assertThat(review(admin, idDistrict, "approve", null).get("header").get("status").asString()).isEqualTo("APPROVED");

        var word = admin.get("/api/annual-returns/" + idA + "/docx");
        assertThat(word.status()).isEqualTo(200);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("基层工会调查表").contains("J106").contains("张主席").contains("表1 组织和会员");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        JsonNode progress = admin.get("/api/annual-returns/progress?year=" + YEAR + "&under=" + district).json();
        assertThat(progress.get("total").get("total").asLong()).isEqualTo(3);
        assertThat(progress.get("total").get("approved").asLong()).isEqualTo(3);
        assertThat(progress.get("parts").size()).as("no federation below the district: its total alone, not repeated as a part").isZero();
        assertThat(progress.get("total").get("unionName").asString()).doesNotContain("合计");

        member(a, "赵敏", true);
        JsonNode frozen = unionA.get("/api/annual-returns/" + idA).json();
        assertThat(value(frozen, "J106")).as("a record entered after approval does not change the approved return").isEqualTo(2);
        assertThat(unionA.post("/api/annual-returns/" + idA + "/refresh", Map.of()).status()).isEqualTo(409);
        var locked = unionA.put("/api/annual-returns/" + idA + "/answers", answers(frozen.get("header").get("version").asLong(), "J104", 41));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text()).contains("已审核锁定");

        JsonNode districtDifferences = admin.get("/api/annual-returns/" + idDistrict + "/differences").json();
        assertThat(districtDifferences.get("note").asString()).contains("下级已审核调查表之和");
        JsonNode districtMembers = districtDifferences.get("cells").valueStream().filter(c -> c.get("code").asString().equals("J106"))
                .findFirst().orElseThrow();
        assertThat(districtMembers.get("frozen").asInt()).isEqualTo(2);
        assertThat(districtMembers.get("now").asInt()).as("the member entered after locking").isEqualTo(3);
    }

    /** 撤销审核: a correction found after approval — the union above reopens the form with the reason, once its own is open. */
    @Test
    void anApprovedReturnIsReopenedFromAboveWithItsReason() {
        long idA = generate();
        long idB = returnOf(admin, b);
        long idDistrict = returnOf(admin, district);
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        Http unionB = userAt(admin, b, "GRASSROOTS_ADMIN", unique("gb"));
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        for (var union : List.of(Map.entry(unionA, idA), Map.entry(unionB, idB))) {
            answerAll(union.getKey(), union.getValue());
            submit(union.getKey(), union.getValue());
            review(districtAdmin, union.getValue(), "approve", null);
        }
        assertThat(value(districtAdmin.get("/api/annual-returns/" + idDistrict).json(), "J101")).isEqualTo(2);
        assertThat(unionA.get("/api/annual-returns/" + idA).json().get("reopenable").asBoolean()).as("not by itself").isFalse();
        assertThat(unionA.post("/api/annual-returns/" + idA + "/reopen", Map.of("comment", "自己改")).status()).isEqualTo(403);
        assertThat(districtAdmin.get("/api/annual-returns/" + idA).json().get("reopenable").asBoolean()).isTrue();
        assertThat(districtAdmin.post("/api/annual-returns/" + idA + "/reopen", Map.of()).text()).contains("请填写原因");

        long version = districtAdmin.get("/api/annual-returns/" + idDistrict).json().get("header").get("version").asLong();
        assertThat(districtAdmin.put("/api/annual-returns/" + idDistrict + "/answers", answers(version, "F801", 12, "F802", 5, "F803", 3))
                .status()).isEqualTo(200);
        submit(districtAdmin, idDistrict);
        var blocked = districtAdmin.post("/api/annual-returns/" + idA + "/reopen", Map.of("comment", "女职工人数有误"));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text()).contains("须先退回上级的调查表");

        review(admin, idDistrict, "send-back", "甲厂工会的数据需要更正");
        JsonNode reopened = review(districtAdmin, idA, "reopen", "女职工人数有误，请按人事台账更正");
        assertThat(reopened.get("header").get("status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.get("header").get("reviewComment").asString()).contains("人事台账");
        assertThat(value(districtAdmin.get("/api/annual-returns/" + idDistrict).json(), "J101"))
                .as("the district's sums drop the reopened form").isEqualTo(1);
        assertThat(admin.get("/api/annual-returns/" + idA + "/differences").status()).as("no longer locked").isEqualTo(409);

        long versionA = unionA.get("/api/annual-returns/" + idA).json().get("header").get("version").asLong();
        assertThat(unionA.put("/api/annual-returns/" + idA + "/answers", answers(versionA, "J104", 45)).status()).isEqualTo(200);
        submit(unionA, idA);
        review(districtAdmin, idA, "approve", null);
        JsonNode districtForm = districtAdmin.get("/api/annual-returns/" + idDistrict).json();
        assertThat(value(districtForm, "J101")).isEqualTo(2);
        assertThat(value(districtForm, "J104")).as("the corrected answer in the sums").isEqualTo(85);
    }

    @Test
    void questionsAreAnsweredByImportForManyUnions() {
        generate();
        var template = admin.get("/api/annual-returns/import/template?year=" + YEAR);
        assertThat(template.status()).isEqualTo(200);
        String header = "工会,J104 其中：女职工（人）,J105 其中：农民工（人）,J200 工会干部（人）,J401 建立劳动保护监督检查委员会（家）";
        var bad = admin.importFile("/api/annual-returns/import?year=" + YEAR, "年报问卷.csv",
                (header + "\n" + a + ",30,5,3,是\n" + b + ",10,2,1,也许\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("\"row\":3").contains("只能填“是”或“否”");
        var done = admin.importFile("/api/annual-returns/import?year=" + YEAR, "年报问卷.csv",
                (header + "\n" + a + ",30,5,3,是\n" + b + ",10,2,1,否\n").getBytes(StandardCharsets.UTF_8));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode formB = admin.get("/api/annual-returns/" + returnOf(admin, b)).json();
        assertThat(value(formB, "J104")).isEqualTo(10);
        assertThat(value(formB, "J401")).isEqualTo(0);
        assertThat(value(admin.get("/api/annual-returns/" + returnOf(admin, a)).json(), "J401")).isEqualTo(1);

        var export = admin.get("/api/annual-returns/export?year=" + YEAR + "&under=" + district);
        assertThat(export.status()).isEqualTo(200);
    }

    /** The year's questions asked through a census campaign: its answers, by import or on the census page, fill the open forms. */
    @Test
    void theQuestionsAreAskedThroughACensusCampaignWhoseAnswersFillTheForms() {
        long returnOfA = generate();
        Map<String, Object> ask = Map.of("year", YEAR, "unionId", district, "endsOn", LocalDate.now().plusDays(20).toString());
        var opened = admin.post("/api/annual-returns/questionnaire", ask);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long census = opened.json().get("censusId").asLong();
        assertThat(admin.post("/api/annual-returns/questionnaire", ask).status()).as("one questionnaire a year per union").isEqualTo(409);
        JsonNode progress = admin.get("/api/annual-returns/progress?year=" + YEAR + "&under=" + a).json();
        assertThat(progress.get("questionnaire").get("censusId").asLong()).as("the questionnaire reaches the unions below").isEqualTo(census);

        JsonNode campaign = admin.get("/api/census/" + census).json();
        assertThat(campaign.get("campaign").get("targets").asLong()).as("the district's two grassroots unions").isEqualTo(2);
        List<JsonNode> questions = new ArrayList<>();
        campaign.get("questions").forEach(questions::add);
        assertThat(questions.stream().map(q -> q.get("code").asString()).toList()).as("exactly the form's questions")
                .containsExactly("J104", "J105", "J200", "J201", "J202", "J203", "J204", "J305", "J306", "J401", "J402", "J403", "J505", "J601");
        assertThat(admin.get("/api/census/" + census + "/import/template").status()).isEqualTo(200);

        StringBuilder header = new StringBuilder("工会编号");
        questions.forEach(q -> header.append(',').append(q.get("code").asString()).append(' ').append(q.get("label").asString())
                .append('（').append(q.get("unit").asString()).append('）'));
        Object[] all = allAnswered();
        StringBuilder answersOfA = new StringBuilder(String.valueOf(a));
        for (int i = 0; i < all.length; i += 2) {
            boolean yesNo = questions.get(i / 2).get("kind").asString().equals("YES_NO");
            answersOfA.append(',').append(yesNo ? ((Integer) all[i + 1] == 1 ? "是" : "否") : all[i + 1]);
        }
        var bad = admin.importFile("/api/census/" + census + "/import", "问卷.csv",
                (header + "\n" + answersOfA + "\n" + b + ",30,5\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).as("an unanswered question refuses the row").contains("\"row\":3").contains("请回答");
        var imported = admin.importFile("/api/census/" + census + "/import", "问卷.csv",
                (header + "\n" + answersOfA + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        JsonNode formA = admin.get("/api/annual-returns/" + returnOfA).json();
        assertThat(value(formA, "J104")).isEqualTo(40);
        assertThat(value(formA, "J401")).isEqualTo(1);
        assertThat(value(formA, "J403")).isEqualTo(0);

        List<Map<String, Object>> answersOfB = new ArrayList<>();
        for (int i = 0; i < all.length; i += 2) {
            answersOfB.add(Map.of("code", all[i], "value", all[i].equals("J201") ? 7 : all[i + 1]));
        }
        var onThePage = admin.put("/api/census/" + census + "/returns/" + b, Map.of("questionAnswers", answersOfB));
        assertThat(onThePage.status()).as(onThePage.toString()).isEqualTo(200);
        assertThat(onThePage.json().get("questionAnswers").get("J201").asInt()).isEqualTo(7);
        assertThat(value(admin.get("/api/annual-returns/" + returnOf(admin, b)).json(), "J201")).isEqualTo(7);
        List<Map<String, Object>> notYesOrNo = new ArrayList<>(answersOfB.stream().filter(q -> !q.get("code").equals("J401")).toList());
        notYesOrNo.add(Map.of("code", "J401", "value", 2));
        var wrong = admin.put("/api/census/" + census + "/returns/" + b, Map.of("questionAnswers", notYesOrNo));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("应填1（是）或0（否）");

        submit(admin, returnOfA);
        var late = admin.put("/api/census/" + census + "/returns/" + a, Map.of("questionAnswers", answersOfB));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.text()).contains("已上报待审核").contains("退回");
        var lateImport = admin.importFile("/api/census/" + census + "/import", "问卷.csv",
                (header + "\n" + answersOfA + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(lateImport.toString()).contains("不能再写入");
        assertThat(value(admin.get("/api/annual-returns/" + returnOfA).json(), "J201")).as("the submitted form unchanged").isEqualTo(5);
    }

    @Test
    void aYearThatHasNotEndedCannotBeStarted() {
        int current = LocalDate.now().isAfter(LocalDate.of(LocalDate.now().getYear(), 9, 30)) ? LocalDate.now().getYear() + 1 : LocalDate.now().getYear();
        var r = admin.post("/api/annual-returns/generate", Map.of("year", current, "unionId", district));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("结束后才能开始年报");
    }

    @Test
    void aRecordChangedAfterLockingExplainsTheDifference() {
        long id = generate();
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ga"));
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        answerAll(unionA, id);
        submit(unionA, id);
        assertThat(unionA.get("/api/annual-returns/" + id + "/differences").status()).as("not locked yet").isEqualTo(409);
        review(districtAdmin, id, "approve", null);
        assertThat(admin.get("/api/annual-returns/" + id + "/differences").json().get("cells")).as("nothing changed yet").isEmpty();

        long late = member(a, "赵敏", true);
        JsonNode edited = admin.get("/api/members/" + qiang).json();
        Map<String, Object> body = MemberApiTest.member(a, "李强", "");
        body.put("joinedOn", "2026-10-15");
        body.put("version", edited.get("version").asLong());
        var corrected = admin.put("/api/members/" + qiang, body);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        var place = admin.post("/api/service-places", Map.of("unionId", a, "kind", "WORKERS_HOME", "name", "甲厂职工之家", "hostName", "甲厂",
                "address", "一号路", "divisionCode", "440304", "openedOn", "2025-01-01"));
        assertThat(place.status()).as(place.toString()).isEqualTo(201);

        JsonNode differences = admin.get("/api/annual-returns/" + id + "/differences").json();
        Map<String, JsonNode> byCell = new HashMap<>();
        differences.get("cells").forEach(c -> byCell.put(c.get("code").asString(), c));
        JsonNode members = byCell.get("J106");
        assertThat(members.get("frozen").asInt()).isEqualTo(2);
        assertThat(members.get("now").asInt()).as("one member entered late, one whose joining date was corrected past the year").isEqualTo(2);
        assertThat(members.get("added").asInt()).isEqualTo(1);
        assertThat(members.get("removed").asInt()).isEqualTo(1);
        Map<Long, JsonNode> rows = new HashMap<>();
        members.get("rows").forEach(r -> rows.put(r.get("id").asLong(), r));
        assertThat(rows.get(late).get("label").asString()).isEqualTo("赵敏");
        assertThat(rows.get(late).get("change").asString()).isEqualTo("ADDED");
        assertThat(rows.get(late).get("explanation").asString()).contains("补录");
        assertThat(rows.get(qiang).get("change").asString()).isEqualTo("REMOVED");
        assertThat(rows.get(qiang).get("explanation").asString()).contains("更正").contains("入会");
        assertThat(rows.get(qiang).get("history").get(0).asString()).contains("修改").contains("入会");
        JsonNode women = byCell.get("J107");
        assertThat(women.get("difference").asInt()).isEqualTo(1);
        JsonNode places = byCell.get("J701");
        assertThat(places.get("difference").asInt()).as("a 服务阵地 registered after locking, opened in the year").isEqualTo(1);
        JsonNode placeRow = places.get("rows").get(0);
        assertThat(placeRow.get("id").asLong()).isEqualTo(place.json().get("id").asLong());
        assertThat(placeRow.get("label").asString()).isEqualTo("甲厂职工之家");
        assertThat(placeRow.get("explanation").asString()).contains("补录");
        assertThat(value(admin.get("/api/annual-returns/" + id).json(), "J106")).as("the approved form keeps its values").isEqualTo(2);

        String year = "&on=2026-09-30&from=2025-10-01&to=2026-09-30&keys=member.women,member.total";
        JsonNode today = admin.get("/api/figures?under=" + a + year).json();
        JsonNode signed = admin.get("/api/figures?under=" + a + year + "&frozen=true").json();
        assertThat(MemberApiTest.value(today, "member.women")).isEqualTo(2);
        assertThat(MemberApiTest.value(signed, "member.women")).as("the dashboard can show the signed number").isEqualTo(1);
        assertThat(MemberApiTest.find(signed, "member.women").get("frozen").asBoolean()).isTrue();
        assertThat(MemberApiTest.find(signed, "member.women").get("caveat").asString()).contains("今天按记录计算为 2");
        JsonNode otherPeriod = admin.get("/api/figures?under=" + a + "&on=2026-09-30&from=2026-01-01&to=2026-09-30&keys=member.women&frozen=true").json();
        assertThat(MemberApiTest.find(otherPeriod, "member.women").get("frozen").asBoolean()).as("only the return's own year").isFalse();
        var report = admin.get("/api/reports/work-report/preview?under=" + a + "&on=2026-09-30&from=2025-10-01&to=2026-09-30&frozen=true");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
    }

    @Test
    void checkingAllAgainRefreshesTheOpenFormsFromTheRecords() {
        long idA = generate();
        long idB = returnOf(admin, b);
        Http unionB = userAt(admin, b, "GRASSROOTS_ADMIN", unique("gb"));
        answerAll(unionB, idB);
        submit(unionB, idB);
        member(a, "赵敏", true);
        member(b, "钱多", false);
        assertThat(value(admin.get("/api/annual-returns/" + idA).json(), "J106")).as("not refreshed yet").isEqualTo(2);
        var refreshed = admin.post("/api/annual-returns/" + idA + "/refresh", Map.of());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(value(refreshed.json(), "J106")).as("按业务记录重新取数").isEqualTo(3);
        JsonNode logged = admin.get("/api/audit?entity=AnnualReturn&entityId=" + idA).json().get("items").get(0);
        assertThat(logged.get("summary").asString()).isEqualTo("按业务记录重新取数");
        assertThat(logged.get("changes").asString()).contains("J106");

        var checked = admin.post("/api/annual-returns/check", Map.of("year", YEAR, "unionId", district));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        JsonNode formA = admin.get("/api/annual-returns/" + idA).json();
        assertThat(value(formA, "J106")).as("a draft follows the records").isEqualTo(3);
        assertThat(value(formA, "J107")).isEqualTo(2);
        assertThat(value(admin.get("/api/annual-returns/" + idB).json(), "J106")).as("a submitted form keeps what was submitted").isEqualTo(0);
        long version = formA.get("header").get("version").asLong();
        var stale = admin.put("/api/annual-returns/" + idA + "/answers", answers(version - 1, "J104", 10));
        assertThat(stale.status()).as("the bulk refresh counts as a change of the form").isEqualTo(409);
    }
}
