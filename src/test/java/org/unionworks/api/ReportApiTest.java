package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** The generated work report: every number in it is the figure the catalogue computes for the same scope. */
class ReportApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    /** The reports' period: two months back, holding the cases and problems of the last days even in early January. */
    private final String period = "&" + recentPeriod();

    @BeforeEach
    void aDistrictWithDataInEveryModule() {
        admin = admin();
        district = district(admin, unique("报告区"));
        long union = createOrg(admin, district, unique("报告公司工会"), "GRASSROOTS", "ENTERPRISE");
        long employer = EmployerApiTest.createEmployer(admin, district, unique("报告公司"), 200);
        admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", "2021-01-01"));
        for (int i = 0; i < 3; i++) {
            MemberApiTest.register(admin, union, "会员" + i, People.idNumber(LocalDate.of(1990, 1, 1), i == 0));
        }
        long wage = admin.post("/api/rights/cases", Map.of("unionId", district, "kind", "WAGE_ARREARS", "employerName", "劳务公司",
                "workersCount", 7, "acceptedOn", LocalDate.now().minusDays(3).toString())).json().get("id").asLong();
        admin.post("/api/rights/cases/" + wage + "/steps", Map.of("status", "CLOSED", "on", LocalDate.now().toString(),
                "note", "支付", "amountRecovered", 123456, "workersHelped", 7));
        admin.post("/api/rectifications", Map.of("unionId", district, "source", "AUDIT", "category", "FINANCE",
                "description", "x", "ownerPerson", "x", "foundOn", LocalDate.now().minusDays(9).toString(),
                "deadline", LocalDate.now().minusDays(1).toString()));
        admin.post("/api/activities", Map.of("unionId", district, "kind", "TRAINING", "heldOn", LocalDate.now().toString(),
                "topic", "培训", "participants", 45));
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    /** The work report's paragraphs as the preview shows them, for the union {@code under} and this test's period. */
    private List<String> previewParagraphs(long under) {
        return admin.get("/api/reports/work-report/preview?under=" + under + period).json().get("paragraphs").valueStream()
                .map(JsonNode::asString).toList();
    }

    private JsonNode figures() {
        return admin.get("/api/figures?under=" + district + period).json();
    }

    @Test
    void theDefaultReportStatesEveryFigureOfTheSubtree() throws Exception {
        var template = admin.get("/api/reports/templates/default");
        assertThat(template.status()).isEqualTo(200);
        assertThat(text(template.bytes())).contains("{{基层工会数}}").contains("{{追回被拖欠工资}}");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template.bytes()))) {
            assertThat(org.unionworks.platform.files.WordTemplates.unpairedClauses(doc)).as("the default template's [[ ]] pair up").isEmpty();
        }

        var report = admin.get("/api/reports/work-report?under=" + district + period);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        String text = text(report.bytes());
        JsonNode f = figures();
        assertThat(text).doesNotContain("{{");
        assertThat(text).contains("共有基层工会" + MemberApiTest.value(f, "org.grassroots") + "家");
        assertThat(text).contains("涵盖单位" + MemberApiTest.value(f, "org.coveredEmployers") + "家");
        assertThat(text).contains("职工人数" + MemberApiTest.value(f, "org.employees") + "人");
        assertThat(text).contains("工会会员" + MemberApiTest.value(f, "member.total") + "名，其中女会员" + MemberApiTest.value(f, "member.women") + "名");
        assertThat(text).contains("为7名职工追回被拖欠工资12.35万元");
        assertThat(text).contains("另有" + MemberApiTest.value(f, "governance.problemsOverdue") + "个问题逾期未完成整改");
        assertThat(text).contains("业务培训1期，培训45人次");
        assertThat(text).contains(LocalDate.now().getYear() + "年度工作总结");

        assertThat(String.join("\n", previewParagraphs(district))).contains("为7名职工追回被拖欠工资12.35万元");
    }

    /** The default report says what happened, part by part, and leaves out what did not: never 「惠及困难职工0户」. */
    @Test
    void theDefaultReportBreaksFiguresDownAndLeavesOutWhatDidNotHappen() {
        var training = admin.post("/api/activities", Map.of("unionId", district, "kind", "WORKER_TRAINING",
                "heldOn", LocalDate.now().toString(), "topic", "电工技能培训", "participants", 120));
        assertThat(training.status()).as(training.toString()).isEqualTo(201);
        var relief = admin.post("/api/temp-reliefs", Map.of("unionId", district, "name", "临时救助对象",
                "idNumber", org.unionworks.support.People.idNumber(), "reason", "火灾", "reliefOn", LocalDate.now().toString(),
                "amount", 2000));
        assertThat(relief.status()).as(relief.toString()).isEqualTo(201);
        String text = String.join("\n", previewParagraphs(district));
        assertThat(text).contains("受理维权案件1件，办结1件。按类别，欠薪1件。")
                .contains("按类别，财务管理1个。")
                .contains("举办业务培训1期，培训45人次。")
                .as("workers' training is not cadre training").contains("开展职工技能培训1期，培训职工120人次。")
                .contains("发放帮扶资金0.20万元，帮扶1人。").contains("按受助人次，其他1人次。")
                .contains("对未建档的1户职工家庭开展临时救助。")
                .as("a sentence drops its parts of nothing").contains("查找问题1个，涉及1类。另有1个问题逾期未完成整改。")
                .doesNotContain("完成整改0个").doesNotContain("工伤0件").doesNotContain("困难职工0户").doesNotContain("走访慰问劳模0人次")
                .doesNotContain("在档困难职工0户").doesNotContain("先进人物（集体）0名").doesNotContain("现行有效制度0项")
                .doesNotContain("专题学习会0次").doesNotContain("技能竞赛0场").doesNotContain("[[").doesNotContain("]]").doesNotContain("{{");
    }

    /** Entrants registered without their units listed: the contest sentence names the workers, not 「0家单位」. */
    @Test
    void aContestWithoutListedUnitsSaysOnlyItsWorkers() {
        var contest = admin.post("/api/contests", Map.of("unionId", district, "name", unique("焊工比武"), "kind", "SKILL",
                "level", "DISTRICT", "startsOn", LocalDate.now().minusDays(30).toString(),
                "endsOn", LocalDate.now().minusDays(10).toString()));
        assertThat(contest.status()).as(contest.toString()).isEqualTo(201);
        String c = "/api/contests/" + contest.json().get("id").asLong();
        long item = admin.post(c + "/items", Map.of("name", "焊工")).json().get("id").asLong();
        for (String name : List.of("孙焊", "李焊")) {
            var entrant = admin.post(c + "/entrants", Map.of("itemId", item, "name", name, "stage", "SELECTION"));
            assertThat(entrant.status()).as(entrant.toString()).isEqualTo(201);
        }
        String text = String.join("\n", previewParagraphs(district));
        assertThat(text).contains("举办劳动和技能竞赛1项，设比武项目1个，2人次职工参加岗位练兵和选拔赛。").doesNotContain("0家单位");
    }

    /** An amount in 万元 that is whole keeps its two decimals, as the amounts beside it do: 20.00, not 20 (which reads as rounded). */
    @Test
    void wholeAmountsInTenThousandsKeepTheirDecimals() {
        long wage = admin.post("/api/rights/cases", Map.of("unionId", district, "kind", "WAGE_ARREARS", "employerName", "建筑公司",
                "workersCount", 3, "acceptedOn", LocalDate.now().minusDays(2).toString())).json().get("id").asLong();
        var closed = admin.post("/api/rights/cases/" + wage + "/steps", Map.of("status", "CLOSED", "on", LocalDate.now().toString(),
                "note", "支付", "amountRecovered", 76544, "workersHelped", 3));
        assertThat(closed.status()).as(closed.toString()).isLessThan(300);
        String text = String.join("\n", previewParagraphs(district));
        assertThat(text).contains("为10名职工追回被拖欠工资20.00万元。");
    }

    /** A union that did little gets a short report: the sections with nothing to say are left out, the rest renumbered. */
    @Test
    void sectionsWithNothingToSayAreLeftOutAndTheRestRenumbered() throws Exception {
        long quiet = createOrg(admin, district, unique("安静公司工会"), "GRASSROOTS", "ENTERPRISE");
        MemberApiTest.register(admin, quiet, "唯一会员", People.idNumber(LocalDate.of(1988, 3, 3), true));
        List<String> preview = previewParagraphs(quiet);
        List<String> headings = preview.stream().filter(t -> t.matches("^[一二三四五六七八九十]+、.*")).toList();
        assertThat(headings).as(String.join("\n", preview)).first().asString().startsWith("一、掌握家底");
        assertThat(headings).noneMatch(h -> h.startsWith("三、精准帮扶困难职工")).noneMatch(h -> h.contains("加强干部队伍建设"));
        for (int i = 0; i < headings.size(); i++) {
            assertThat(headings.get(i)).as("consecutive numbers").startsWith(List.of("一", "二", "三", "四", "五", "六", "七", "八",
                    "九", "十", "十一").get(i) + "、");
            int at = preview.indexOf(headings.get(i));
            assertThat(at + 1).as("a heading is followed by what it says: " + headings.get(i)).isLessThan(preview.size());
            assertThat(headings).as("a heading is followed by what it says").doesNotContain(preview.get(at + 1));
        }
        String docx = text(admin.get("/api/reports/work-report?under=" + quiet + period).bytes());
        assertThat(docx).as("no blank lines where clauses were left out").doesNotContain("\n\n").contains("工会会员1名")
                .as("a rate of no employers is not said (建会率—%)").doesNotContain("—");
        assertThat(docx.lines().toList()).isEqualTo(preview);
    }

    private static byte[] template(String... runs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            for (String r : runs) {
                XWPFRun run = p.createRun();
                run.setText(r);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A template names a part of a figure as reports say it: 欠薪案件{{受理维权案件数[欠薪]}}件. */
    @Test
    void aTemplateNamesPartsOfFigures() throws Exception {
        var refused = admin.upload("/api/reports/templates?name=" + MemberApiTest.enc("错误分项"), "bad.docx",
                template("{{帮扶资金[不存在的类别]}}{{不存在的指标[欠薪]}}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("{{帮扶资金[不存在的类别]}}").contains("{{不存在的指标[欠薪]}}");
        var saved = admin.upload("/api/reports/templates?name=" + MemberApiTest.enc("分项模板"), "parts.docx", template(
                "欠薪案件{{受理维权案件数[欠薪]}}件，工伤案件{{受理维权案件数[INJURY]}}件；财务问题{{查找问题数[财务管理]}}个；",
                "金秋助学{{帮扶资金[金秋助学]}}万元；县五一劳动奖章{{获得荣誉数[县五一劳动奖章]}}项"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        String text = text(admin.get("/api/reports/work-report?templateId=" + saved.json().get("id").asLong() + "&under=" + district + period)
                .bytes());
        assertThat(text).isEqualTo("欠薪案件1件，工伤案件0件；财务问题1个；金秋助学0.00万元；县五一劳动奖章0项");
        assertThat(admin.get("/api/reports/templates").json().get("placeholders").valueStream().map(JsonNode::asString))
                .contains("帮扶资金[金秋助学]", "受理维权案件数[欠薪]");
    }

    @Test
    void anUploadedTemplateIsCheckedAndFilledEvenWhenWordSplitsAPlaceholder() throws Exception {
        byte[] bad = template("基层工会{{基层工会数}}家，{{不存在的指标}}个，{{劳模人数}}名");
        var refused = admin.upload("/api/reports/templates?name=" + MemberApiTest.enc("错误模板"), "bad.docx", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("{{不存在的指标}}").contains("{{劳模人数}}").doesNotContain("{{基层工会数}}");
        var unpaired = admin.upload("/api/reports/templates?name=" + MemberApiTest.enc("括号模板"), "brackets.docx",
                template("[[开展经费审查{{开展经费审查}}项[[，发现问题{{经审发现问题}}个]]。"));
        assertThat(unpaired.status()).isEqualTo(400);
        assertThat(unpaired.text()).contains("不成对").contains("开展经费审查{{开展经费审查}}项");

        byte[] split = template("{{工会名称}}：基层工会{{基层", "工会数}}家；入会率{{member.membershipRate}}%");
        var saved = admin.upload("/api/reports/templates?name=" + MemberApiTest.enc("简报模板"), "brief.docx", split);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        JsonNode templates = admin.get("/api/reports/templates").json();
        assertThat(templates.get("templates").valueStream().map(t -> t.get("id").asLong())).contains(id);
        String text = text(admin.get("/api/reports/work-report?templateId=" + id + "&under=" + district + period).bytes());
        JsonNode f = figures();
        assertThat(text).startsWith(admin.get("/api/orgs/" + district).json().get("name").asString() + "：基层工会"
                + MemberApiTest.value(f, "org.grassroots") + "家；入会率" + MemberApiTest.find(f, "member.membershipRate").get("value").asString() + "%");
        assertThat(admin.upload("/api/reports/templates?name=x", "x.docx", "not a word file".getBytes()).text()).contains(".docx");

        Http districtCadre = userAt(admin, district, "DISTRICT_ADMIN", unique("rc"));
        var shared = districtCadre.get("/api/reports/work-report?templateId=" + id + "&under=" + district + period);
        assertThat(shared.status()).as("the city's template serves the district below it: " + shared).isEqualTo(200);
    }

    /** One definition of the reporting years: the tables default to the last completed statistical year it gives. */
    @Test
    void theStatisticalYearIsOneDefinitionSharedByTheTables() {
        JsonNode year = admin.get("/api/reports/period?kind=STATISTICAL&year=2026").json();
        assertThat(year.get("from").asString()).isEqualTo("2025-10-01");
        assertThat(year.get("to").asString()).isEqualTo("2026-09-30");
        assertThat(year.get("label").asString()).isEqualTo("2026统计年度（2025年10月1日至2026年9月30日）");
        JsonNode calendar = admin.get("/api/reports/period").json();
        assertThat(calendar.get("from").asString()).isEqualTo(LocalDate.now().getYear() + "-01-01");
        assertThat(admin.get("/api/reports/period?kind=FISCAL").status()).isEqualTo(400);
        JsonNode last = admin.get("/api/reports/period?kind=STATISTICAL").json();
        JsonNode tables = admin.get("/api/reports/tables?under=" + district).json();
        assertThat(tables.get("from").asString()).isEqualTo(last.get("from").asString());
        assertThat(tables.get("to").asString()).isEqualTo(last.get("to").asString());
    }

    /** A union named like a formula is exported as text in the statistics tables, as in every other export. */
    @Test
    void theStatisticsExportEscapesFormulaLikeNames() throws Exception {
        createOrg(admin, district, "=HYPERLINK(\"http://x\")" + unique("街道"), "TOWN_FEDERATION", null);
        var export = admin.get("/api/reports/tables/export?under=" + district);
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = EmployerApiTest.firstRows(export.bytes(), 5);
        assertThat(rows.stream().map(r -> r.get(0))).anyMatch(name -> name.startsWith("'=HYPERLINK"))
                .noneMatch(name -> name.startsWith("=HYPERLINK"));
    }

    @Test
    void pdfIsOfferedOnlyWhereLibreOfficeIsInstalled() {
        boolean pdf = admin.get("/api/reports/templates").json().get("pdf").asBoolean();
        var r = admin.get("/api/reports/work-report?under=" + district + period + "&format=pdf");
        assertThat(r.status()).isEqualTo(pdf ? 200 : 400);
    }

    @Test
    void theStatisticalTablesAndTheTrendUseTheSameFigures() throws Exception {
        long town = createOrg(admin, district, unique("表街道"), "TOWN_FEDERATION", null);
        long townUnion = createOrg(admin, town, unique("街道企业工会"), "GRASSROOTS", "JOINT");
        MemberApiTest.register(admin, townUnion, "街道会员", People.idNumber());
        String today = LocalDate.now().toString();
        JsonNode table = admin.get("/api/reports/tables?under=" + district + "&from=" + LocalDate.now().withDayOfYear(1) + "&to=" + today).json();
        assertThat(table.get("rows")).hasSize(2);
        JsonNode townRow = table.get("rows").get(0);
        assertThat(townRow.get("unionId").asLong()).isEqualTo(town);
        assertThat(townRow.get("values").get("member.total").asLong()).isEqualTo(1);
        JsonNode total = table.get("rows").get(1);
        assertThat(total.get("unionName").asString()).startsWith("合计：");
        assertThat(total.get("values").get("member.total").asLong()).isEqualTo(MemberApiTest.value(figures(), "member.total"));
        assertThat(total.get("values").get("member.total").asLong()).isEqualTo(4);

        var export = admin.get("/api/reports/tables/export?under=" + district + "&from=" + LocalDate.now().withDayOfYear(1) + "&to=" + today);
        assertThat(export.status()).isEqualTo(200);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(export.bytes()))) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(5);
            assertThat(sheets.get(2).getName()).isEqualTo("经济技术工作");
            assertThat(sheets.get(4).getName()).isEqualTo("财务和经审");
            assertThat(sheets.get(4).read().stream().anyMatch(r -> r.getCellCount() > 2 && r.getCellText(2).startsWith("实收工会经费"))).isTrue();
            assertThat(sheets.get(3).getName()).isEqualTo("服务职工");
            assertThat(sheets.get(3).read().stream().anyMatch(r -> r.getCellCount() > 2 && r.getCellText(2).startsWith("普惠服务受益职工"))).isTrue();
            assertThat(sheets.get(0).read().get(0).getCellText(0)).startsWith("统计期间 ");
            var kinds = sheets.get(1).read();
            assertThat(kinds.stream().anyMatch(r -> r.getCellText(0).equals("联合基层工会") && r.getCellText(2).equals("1"))).isTrue();
        }
        assertThat(admin.get("/api/audit?entity=StatisticsTable").json().get("items").get(0).get("action").asString())
                .as("the export is audited by the export engine").isEqualTo("EXPORT");
        JsonNode trend = admin.get("/api/reports/trend?under=" + district + "&months=6").json();
        assertThat(trend).hasSize(6);
        assertThat(trend.get(5).get("values").get("member.total").asLong()).isEqualTo(4);
    }
}
