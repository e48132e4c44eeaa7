package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.platform.files.WordTemplates;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** A selection campaign from creation to 上报: quotas, timetable, return and resubmission, 公示 with an objection, the form. */
class CampaignApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private Http admin;
    private long district;
    private long grassroots;
    private long title;
    private Http union;
    private Http districtAdmin;

    @BeforeEach
    void aCampaign() {
        admin = admin();
        district = district(admin, unique("评选区"));
        grassroots = createOrg(admin, district, unique("评选企业工会"), "GRASSROOTS", "ENTERPRISE");
        for (JsonNode t : admin.get("/api/honor-titles").json()) {
            if (t.get("name").asString().equals("省劳动模范")) {
                title = t.get("id").asLong();
            }
        }
        union = userAt(admin, grassroots, "GRASSROOTS_ADMIN", unique("gu"));
        districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("du"));
    }

    private long campaign(LocalDate from, LocalDate to) {
        var r = admin.post("/api/honor-campaigns", Map.of("name", unique("省劳模推荐"), "year", LocalDate.now().getYear(),
                "nominateFrom", from.toString(), "nominateTo", to.toString(),
                "quotas", List.of(Map.of("titleId", title, "quota", 5), Map.of("titleId", title, "unionId", district, "quota", 1))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Http.Response nominate(long campaign, String name) {
        return union.post("/api/honor-campaigns/" + campaign + "/nominations", Map.of("unionId", grassroots, "titleId", title,
                "name", name, "idNumber", People.idNumber(), "employerName", "某制造公司", "post", "首席技师",
                "achievements", "主持技术攻关十余项"));
    }

    @Test
    void aNominationGoesFromTheGrassrootsToTheRegister() throws Exception {
        long campaign = campaign(LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
        var first = nominate(campaign, "候选人甲");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        assertThat(union.get("/api/honor-campaigns").json().get("items").valueStream().map(c -> c.get("id").asLong()))
                .as("a grassroots union sees the campaign it nominates to").contains(campaign);
        assertThat(union.get("/api/honor-campaigns/" + campaign).json().get("quotas").size()).isEqualTo(2);
        var over = nominate(campaign, "候选人乙");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.text()).contains("超出推荐名额");

        assertThat(union.post("/api/nominations/" + id + "/approve", Map.of()).status()).as("not its own").isEqualTo(403);
        assertThat(districtAdmin.post("/api/nominations/" + id + "/approve", Map.of("note", "同意推荐")).json()
                .get("stage").asString()).isEqualTo("CITY_REVIEW");
        assertThat(districtAdmin.post("/api/nominations/" + id + "/approve", Map.of()).status())
                .as("市总评审 is the organizer's").isEqualTo(403);
        assertThat(admin.post("/api/nominations/" + id + "/return", Map.of("note", "事迹材料不够具体")).json()
                .get("status").asString()).isEqualTo("RETURNED");
        assertThat(union.post("/api/nominations/" + id + "/resubmit", Map.of("achievements", "主持技术攻关十余项，获国家专利5项"))
                .json().get("stage").asString()).isEqualTo("DISTRICT_REVIEW");
        districtAdmin.post("/api/nominations/" + id + "/approve", Map.of("note", "同意"));
        String today = LocalDate.now().toString();
        var notice = admin.post("/api/nominations/" + id + "/approve", Map.of("note", "评审通过", "noticeFrom", today, "noticeTo", today));
        assertThat(notice.json().get("stage").asString()).as(notice.toString()).isEqualTo("NOTICE");

        Http anyone = new Http(port);
        JsonNode notices = anyone.get("/api/public/notices").json();
        assertThat(notices.valueStream().map(n -> n.get("id").asLong())).contains(id);
        assertThat(anyone.get("/api/public/notices").text()).doesNotContain("idNumber");
        assertThat(anyone.post("/api/public/notices/" + id + "/objections", Map.of("content", "反映其事迹存在夸大", "contact", "匿名"))
                .status()).isEqualTo(201);
        var early = admin.post("/api/nominations/" + id + "/approve", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("期满后");
        // The notice period ends: move it back a day, as time would.
        jdbc.update("update nomination set notice_to = ? where id = ?", LocalDate.now().minusDays(1), id);
        var blocked = admin.post("/api/nominations/" + id + "/approve", Map.of());
        assertThat(blocked.text()).contains("异议尚未处理");
        long objection = admin.get("/api/honor-campaigns/" + campaign).json().get("nominations").get(0).get("objections").get(0)
                .get("id").asLong();
        admin.post("/api/objections/" + objection + "/resolve", Map.of("note", "经核实，事迹属实"));
        assertThat(admin.post("/api/nominations/" + id + "/approve", Map.of("note", "公示无异议")).json().get("stage").asString())
                .isEqualTo("DECISION");
        assertThat(admin.post("/api/nominations/" + id + "/approve", Map.of("note", "审定通过")).json().get("stage").asString())
                .isEqualTo("REPORT");
        assertThat(admin.post("/api/nominations/" + id + "/approve", Map.of("note", "已上报")).json().get("stage").asString())
                .isEqualTo("REPORTED");

        JsonNode honorees = admin.get("/api/honorees?under=" + district + "&titleId=" + title).json();
        assertThat(honorees.get("total").asLong()).as("上报 puts the honor into the register").isEqualTo(1);
        assertThat(honorees.get("items").get(0).get("honorsText").asString()).contains("省劳动模范");

        try (XWPFDocument form = new XWPFDocument(new ByteArrayInputStream(admin.get("/api/nominations/" + id + "/form").bytes()))) {
            String text = WordTemplates.paragraphs(form).stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains("省劳动模范推荐审批表").contains("候选人甲").contains("获国家专利5项").contains("区县审核：同意")
                    .doesNotContain("{{");
        }
        assertThat(admin.get("/api/honor-campaigns/" + campaign + "/results/export").status()).isEqualTo(200);

        var own = new java.io.ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("市级推荐表：{{姓名}}，{{推荐称号}}");
            doc.write(own);
        }
        var uploaded = admin.upload("/api/honor-campaigns/" + campaign + "/form-template", "表.docx", own.toByteArray());
        assertThat(uploaded.status()).as(uploaded.toString()).isBetween(200, 201);
        var byNominator = union.get("/api/nominations/" + id + "/form");
        assertThat(byNominator.status()).as("the organizer's template serves the nominating union: " + byNominator).isEqualTo(200);
    }

    /** Employer and post are optional on a nomination: the form leaves their cells blank, not 「null」. */
    @Test
    void theFormOfANominationWithoutEmployerOrPostLeavesThemBlank() throws Exception {
        long campaign = campaign(LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
        var r = union.post("/api/honor-campaigns/" + campaign + "/nominations", Map.of("unionId", grassroots, "titleId", title,
                "name", "候选人乙", "idNumber", People.idNumber(), "achievements", "带徒二十余人"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        try (XWPFDocument form = new XWPFDocument(new ByteArrayInputStream(union.get("/api/nominations/" + r.json().get("id").asLong()
                + "/form").bytes()))) {
            String text = WordTemplates.paragraphs(form).stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains("候选人乙").contains("带徒二十余人").doesNotContain("null");
        }
    }

    @Test
    void nominationsOutsideTheTimetableAreRefusedAndRejectedOnesFreeTheQuota() {
        long closed = campaign(LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));
        var late = nominate(closed, "迟到者");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("推荐时间");
        long open = campaign(LocalDate.now(), LocalDate.now().plusDays(5));
        long id = nominate(open, "被否决者").json().get("id").asLong();
        assertThat(districtAdmin.post("/api/nominations/" + id + "/reject", Map.of("note", "不符合条件")).json().get("status").asString())
                .isEqualTo("REJECTED");
        assertThat(nominate(open, "替补者").status()).as("a rejected nomination frees its place").isEqualTo(201);
    }
}
