package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.CleanDatabase;
import org.unionworks.support.Http;
import org.unionworks.support.PostgresAvailable;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The small demo city, generated at start-up into a database of its own (its own H2 database, or
 * schema {@code uwdemo} on PostgreSQL, written with COPY there): every figure the dashboard shows
 * equals the count taken straight from the generated rows.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "unionworks.demo=small")
@ActiveProfiles(resolver = org.unionworks.support.TestProfiles.class)
@Import(CleanDatabase.class)
class DemoCityApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.unionworks.figures.Figures figures;

    @Autowired
    org.unionworks.org.OrgDirectory orgs;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "uwdemo");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Http admin() {
        Http admin = new Http(port);
        synchronized (DemoCityApiTest.class) {
            if (admin.login("admin", "Demo-City-2026").status() != 200) {
                assertThat(admin.login("admin", ApiTestBase.BOOTSTRAP_PASSWORD).status()).isEqualTo(200);
                admin.post("/api/auth/password", Map.of("oldPassword", ApiTestBase.BOOTSTRAP_PASSWORD, "newPassword", "Demo-City-2026"));
            }
        }
        return admin;
    }

    /**
     * Every figure of the catalogue, broken down by each of its dimensions, for the city and for one
     * district: the parts add up to the figure (amounts in 万元 to within their rounding), every value of
     * the dimension is listed, and on PostgreSQL, where the city's and districts' union and member
     * figures come from the tallies while the parts are counted from the rows, tallies equal rows.
     */
    @Test
    void everyFigureEqualsTheSumOfItsBreakdownByEveryDimension() {
        Http admin = admin();
        LocalDate today = LocalDate.now();
        String period = "&on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today;
        String district = jdbc.queryForObject("select min(id) from union_org where depth = 1", String.class);
        java.util.Map<String, java.util.Set<String>> dimensions = new java.util.TreeMap<>();
        for (JsonNode f : admin.get("/api/figures/catalogue").json()) {
            f.get("dimensions").forEach(d -> dimensions.computeIfAbsent(d.get("key").asString(), k -> new java.util.TreeSet<>())
                    .add(f.get("key").asString()));
        }
        assertThat(dimensions).containsKeys("grassrootsKind", "caseKind", "problemCategory", "honorLevel", "careKind", "aidKind",
                "exitReason", "industry");
        int checked = 0;
        for (var dimension : dimensions.entrySet()) {
            for (String under : List.of("", "&under=" + district)) {
                JsonNode figures = admin.get("/api/figures?by=" + dimension.getKey() + period + under).json();
                for (JsonNode f : figures) {
                    boolean offered = dimension.getValue().contains(f.get("key").asString());
                    assertThat(f.get("parts").isNull()).as(f.get("key") + " by " + dimension.getKey()).isEqualTo(!offered);
                    if (offered) {
                        assertPartsAddUp(f, dimension.getKey() + under);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(admin.get("/api/figures?by=shoeSize").status()).isEqualTo(400);
    }

    private static void assertPartsAddUp(JsonNode figure, String where) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode part : figure.get("parts")) {
            sum = sum.add(part.get("value").decimalValue());
        }
        java.math.BigDecimal total = figure.get("value").decimalValue();
        java.math.BigDecimal tolerance = figure.get("unit").asString().equals("万元")
                ? new java.math.BigDecimal("0.005").multiply(java.math.BigDecimal.valueOf(figure.get("parts").size()))
                : java.math.BigDecimal.ZERO;
        assertThat(sum.subtract(total).abs()).as("%s by %s: parts %s, total %s", figure.get("key"), where, figure.get("parts"), total)
                .isLessThanOrEqualTo(tolerance);
    }

    @Test
    void theSmallCityIsGeneratedAndEveryFigureEqualsItsRows() {
        Http admin = admin();
        LocalDate today = LocalDate.now();
        // the last twelve months, not the year to date: the demo city dates its rows back from the day it is generated,
        // so that in the first days of January the year to date has next to nothing to count
        LocalDate since = today.minusYears(1).plusDays(1);
        String from = since.toString();
        JsonNode figures = admin.get("/api/figures?on=" + today + "&from=" + from + "&to=" + today).json();

        assertThat(MemberApiTest.value(figures, "org.grassroots")).isEqualTo(60)
                .isEqualTo(count("select count(*) from union_org where org_type = 'GRASSROOTS' and status = 'ACTIVE'"));
        long rough = count("select count(*) from union_org where org_type = 'GRASSROOTS' and founded_on_precision = 'YEAR'");
        assertThat(rough).as("some unions of the demo city know only their founding year").isPositive();
        assertThat(MemberApiTest.find(figures, "org.grassroots").get("caveat").asString()).contains(rough + "家成立日期仅知年份");
        assertThat(MemberApiTest.value(figures, "member.total")).isEqualTo(3000)
                .isEqualTo(count("select count(*) from member where status = 'ACTIVE'"));
        assertThat(MemberApiTest.value(figures, "member.women"))
                .isEqualTo(count("select count(*) from member where status = 'ACTIVE' and sex = 'FEMALE'")).isPositive();
        assertThat(MemberApiTest.value(figures, "org.newUnions")).as("the city founds unions every year")
                .isEqualTo(count("select count(*) from union_org where org_type = 'GRASSROOTS' and founded_on between ? and ?",
                        since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "member.newMembers"))
                .isEqualTo(count("select count(*) from member where joined_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "org.coveredEmployers"))
                .isEqualTo(count("select count(*) from union_org_employer where to_date is null")).isBetween(60L, 119L);
        assertThat(MemberApiTest.value(figures, "org.employees"))
                .isEqualTo(count("select sum(e.employee_count) from employer e join union_org_employer c on c.employer_id = e.id and c.to_date is null"));
        assertThat(MemberApiTest.value(figures, "org.termsOverdue")).isEqualTo(count(
                "select count(*) from union_term where status = 'CURRENT' and ends_on < ?", today));
        assertThat(MemberApiTest.value(figures, "honor.honorees")).isPositive();
        List<JsonNode> matters = admin.get("/api/major-matters?size=100").json().get("items").valueStream().toList();
        assertThat(matters).as("三重一大 of the city and its three districts").hasSize(16);
        assertThat(matters.stream().filter(m -> m.get("flagged").asBoolean()).map(m -> m.get("matterType").asString()))
                .as("the one large sum entered without its meeting").containsExactly("LARGE_SUM");
        JsonNode actions = admin.get("/api/rights/campaigns").json();
        assertThat(actions.get("total").asLong()).isEqualTo(1);
        long winter = actions.get("items").get(0).get("id").asLong();
        assertThat(admin.get("/api/rights/cases?campaignId=" + winter).json().get("total").asLong())
                .as("the wage cases of this winter's 专项行动").isGreaterThanOrEqualTo(3);
        JsonNode applications = admin.get("/api/join-applications?status=PENDING").json();
        assertThat(applications.get("total").asLong()).as("网上入会 awaiting a decision").isEqualTo(5);
        assertThat(count("select count(*) from join_application a join member m on m.id_number = a.id_number where a.status = 'PENDING'"))
                .as("applicants are not members yet").isZero();
        assertThat(MemberApiTest.value(figures, "member.joinedOnline")).as("this year's members who joined online")
                .isEqualTo(count("select count(*) from join_application where status = 'APPROVED'")).isPositive();
        assertThat(MemberApiTest.value(figures, "assist.reliefHouseholds")).as("the demo's 临时救助 of the last twelve months").isEqualTo(count(
                "select count(distinct id_number) from temp_relief where relief_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "assist.files")).as("the demo's needy-worker archive")
                .isEqualTo(count("select count(*) from hardship_file where status = 'OPEN' or status = 'CLOSED' and exit_on > ?", today))
                .isPositive();
        assertThat(MemberApiTest.value(figures, "assist.aided")).isPositive();
        assertThat(MemberApiTest.value(figures, "rights.cases")).isEqualTo(count(
                "select count(*) from rights_case where accepted_on between ? and ?", since, today));
        assertThat(MemberApiTest.value(figures, "governance.problemsFound")).isPositive();
        assertThat(MemberApiTest.value(figures, "craft.contests")).as("contests that ended in the last twelve months")
                .isEqualTo(count("select count(*) from contest where ends_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "craft.winners")).isEqualTo(count("""
                select count(*) from contest_entrant e join contest c on c.id = e.contest_id
                 where c.status = 'PUBLISHED' and e.prize_tier is not null and c.ends_on between ? and ?""", since, today))
                .isPositive();
        assertThat(MemberApiTest.value(figures, "craft.studios")).isPositive();
        assertThat(MemberApiTest.value(figures, "craft.smallInnovations")).isPositive();
        assertThat(MemberApiTest.value(figures, "service.warmthStandard")).as("送温暖 raised from 300 to 500 元 last year").isEqualTo(500);
        assertThat(MemberApiTest.value(figures, "service.places")).isEqualTo(count("select count(*) from service_place")).isPositive();
        assertThat(MemberApiTest.value(figures, "service.modelHomes")).isPositive();
        assertThat(MemberApiTest.value(figures, "insurance.claimsEver")).as("claims paid in the demo's three years")
                .isEqualTo(count("select count(*) from insurance_claim where paid_on <= ?", today)).isPositive();
        assertThat(MemberApiTest.value(figures, "service.beneficiaries")).isEqualTo(count("""
                select count(*) from programme_beneficiary where status = 'GIVEN' and recipient = 'PERSON' and given_on between ? and ?""",
                since, today));
        assertThat(count("select count(*) from programme_beneficiary where hardship_file_id is not null"))
                .as("送温暖 reaches filed households").isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.contracts")).as("contracts in force today").isEqualTo(count("""
                select count(*) from collective_contract where status in ('SIGNED', 'FILED') and starts_on <= ? and ends_on >= ?""",
                today, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.contractEmployers")).isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.congressEmployers")).isEqualTo(count("select count(*) from workers_congress"))
                .isPositive();
        assertThat(count("select count(*) from election_process where status = 'CONFIRMED'")).as("elections held by the rules").isPositive();
        assertThat(count("select count(*) from election_process where status <> 'CONFIRMED'")).as("elections under way").isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.representatives")).isEqualTo(count("select count(*) from congress_representative"))
                .isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.womensCommittees")).isEqualTo(count("select count(*) from womens_committee"))
                .isPositive();
        assertThat(MemberApiTest.value(figures, "democracy.screenedWomen")).isEqualTo(count(
                "select coalesce(sum(screened), 0) from womens_protection where protection_year between ? and ?", since.getYear(), today.getYear()))
                .isPositive();
        assertThat(count("""
                select count(*) from election_process p join union_term t on t.union_id = p.union_id and t.status = 'CURRENT'
                 where p.status = 'CONFIRMED' and t.starts_on = p.voting_on""")).as("each approved result opened the new term")
                .isEqualTo(count("select count(*) from election_process where status = 'CONFIRMED'"));
        assertThat(count("""
                select count(*) from contest_entrant e join honor_award a on a.id = e.honor_award_id
                  join honor_title t on t.id = a.title_id and t.name = e.title""")).as("技术能手 of published contests in 劳模库")
                .isEqualTo(count("""
                        select count(*) from contest_entrant e join contest c on c.id = e.contest_id
                         where c.status = 'PUBLISHED' and e.title is not null"""))
                .isPositive();

        java.math.BigDecimal collected = jdbc.queryForObject("select coalesce(sum(paid), 0) from remittance where funds_month between ? and ?",
                java.math.BigDecimal.class, since, today);
        assertThat(FundsApiTest.value(figures, "funds.collected")).as("the year's remittances")
                .isEqualByComparingTo(collected.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP)).isPositive();
        assertThat(count("select count(*) from remittance where employer_id is null")).as("payers not yet registered, kept").isPositive();
        assertThat(MemberApiTest.value(figures, "funds.preparatoryPayers")).isPositive();
        assertThat(MemberApiTest.value(figures, "funds.smallReturns")).as("last year's small enterprises paid back this year").isEqualTo(count(
                "select count(distinct employer_id) from fund_return where returned_on between ? and ?", since, today))
                .isPositive();
        assertThat(MemberApiTest.value(figures, "funds.audits")).isEqualTo(count(
                "select count(*) from funds_audit where finished_on between ? and ?", since, today));
        assertThat(count("select count(*) from audit_finding")).as("findings of the demo's audits, each in the ledger").isPositive()
                .isEqualTo(count("select count(*) from audit_finding f join rectification r on r.id = f.rectification_id"));
        assertThat(count("select count(*) from funds_closed_month")).as("the past years' months closed, every one of them")
                .isEqualTo(count("select count(distinct funds_month) from remittance where funds_month < ?", today.withDayOfYear(1)))
                .isEqualTo(today.getMonthValue() < 7 ? 24 : 12);

        String district = jdbc.queryForObject("select min(id) from union_org where depth = 1", String.class);
        JsonNode districtFigures = admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + from + "&to=" + today).json();
        assertThat(MemberApiTest.value(districtFigures, "member.total"))
                .isEqualTo(count("select count(*) from member where status = 'ACTIVE' and district_id = ?", Long.valueOf(district)));
        assertThat(admin.get("/api/members?q=" + jdbc.queryForObject("select name from member order by id limit 1", String.class))
                .json().get("total").asLong()).isPositive();
        JsonNode employer = admin.get("/api/employers/" + count("select min(id) from employer")).json();
        Map<String, Object> edit = new java.util.HashMap<>();
        for (String f : List.of("name", "creditCode", "ownershipType", "industry", "divisionCode", "address", "employeeCount",
                "femaleCount", "migrantCount", "newFormCount", "registeredOn", "version")) {
            JsonNode v = employer.get(f);
            edit.put(f, v == null || v.isNull() ? null : v.isNumber() ? v.numberValue() : v.asString());
        }
        var saved = admin.put("/api/employers/" + employer.get("id").asLong(), edit);
        assertThat(saved.status()).as("a generated employer can be saved as it is: " + saved).isEqualTo(200);
        assertThat(MemberApiTest.value(figures, "activity.events")).as("the demo's cadre and worker activities")
                .isEqualTo(count("select count(*) from activity where held_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "activity.unitsVisited")).isEqualTo(count(
                "select coalesce(sum(visited_count), 0) from research_round where ends_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "activity.practicalMatters")).isEqualTo(count(
                "select count(*) from practical_matter where done_on between ? and ?", since, today)).isPositive();
        assertThat(MemberApiTest.value(figures, "activity.workGroups")).isPositive();
        assertThat(MemberApiTest.value(figures, "activity.jobServices")).isEqualTo(count(
                "select count(*) from activity where kind = 'JOB_SERVICE' and held_on between ? and ?", since, today)).isPositive();
        String report = admin.get("/api/reports/work-report/preview?from=" + from + "&to=" + today).text();
        assertThat(report).contains("基层工会").doesNotContain("{{");
        assertThat(report).contains("就业服务活动" + MemberApiTest.value(figures, "activity.jobServices") + "场");
        assertThat(report).contains("对未建档的" + MemberApiTest.value(figures, "assist.reliefHouseholds") + "户职工家庭开展临时救助");
        // 数据说明 speaks of the figures the report says (培训人次), not of others of the catalogue (活动参加人次)
        assertThat(report).contains("培训人次：其中").doesNotContain("活动参加人次：");
        // the problems overdue are not a part of those fixed
        assertThat(report).contains("其中按期完成" + MemberApiTest.value(figures, "governance.problemsOnTime") + "个。")
                .contains("另有" + MemberApiTest.value(figures, "governance.problemsOverdue") + "个问题逾期未完成整改。");
        // the elections by the rules are not a part of the unions renewed on time (the demo city has more of them)
        long elections = MemberApiTest.value(figures, "democracy.elections");
        assertThat(elections).isGreaterThan(MemberApiTest.value(figures, "org.electionsOnTime"));
        assertThat(report).contains("本期" + elections + "家工会按《工会基层组织选举工作条例》").doesNotContain("其中" + elections + "家按");
        assertThat(MemberApiTest.value(figures, "org.electionsOnTime")).isPositive();
        assertThat(report.split("按时换届", -1)).as("the unions renewed on time said once, under 组织建设, not again under 民主管理").hasSize(2);
        List<String> paragraphs = admin.get("/api/reports/work-report/preview?from=" + from + "&to=" + today).json()
                .get("paragraphs").valueStream().map(JsonNode::asString).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).matches("^[一二三四五六七八九十]+、.*")) {
                assertThat(i + 1 < paragraphs.size() && !paragraphs.get(i + 1).matches("^[一二三四五六七八九十]+、.*"))
                        .as("the demo city's report says something under %s", paragraphs.get(i)).isTrue();
            }
        }
    }

    /**
     * The last statistical year as the demo leaves it (the last town's stragglers still filling in) is finished through
     * the API: the year's questionnaire (a census campaign of the city) answered by import, every return submitted and approved level by level up to the city's,
     * whose sums then equal the catalogue's figures for the whole city on the year's last day.
     */
    /** This year's 市劳动模范 selection: candidates in 公示 on the public page, one objection to answer, the rest under review. */
    @Test
    void theSelectionCampaignIsInItsNoticeWeek() {
        Http admin = admin();
        JsonNode campaigns = admin.get("/api/honor-campaigns?year=" + LocalDate.now().getYear()).json().get("items");
        assertThat(campaigns.size()).isEqualTo(1);
        JsonNode campaign = admin.get("/api/honor-campaigns/" + campaigns.get(0).get("id").asLong()).json();
        List<JsonNode> nominations = campaign.get("nominations").valueStream().toList();
        assertThat(nominations).hasSize(12);
        assertThat(nominations.stream().map(n -> n.get("stage").asString() + "/" + n.get("status").asString()))
                .containsOnly("NOTICE/ACTIVE", "CITY_REVIEW/ACTIVE", "DISTRICT_REVIEW/ACTIVE", "CITY_REVIEW/REJECTED");
        assertThat(nominations.stream().mapToInt(n -> n.get("objections").size()).sum()).as("one objection to answer").isEqualTo(1);
        long inNotice = nominations.stream().filter(n -> n.get("stage").asString().equals("NOTICE")).count();
        List<JsonNode> shown = new Http(port).get("/api/public/notices").json().valueStream().toList();
        assertThat(shown).as("the public 公示 page shows the candidates in their notice week").hasSize((int) inNotice).isNotEmpty();
        assertThat(shown.get(0).toString()).doesNotContain("idNumber");
        long open = nominations.stream().filter(n -> n.get("objections").size() > 0).findFirst().orElseThrow().get("id").asLong();
        assertThat(admin.post("/api/nominations/" + open + "/approve", Map.of("note", "同意")).status())
                .as("审定 waits for the notice week to end and the objection to be answered").isEqualTo(409);
        assertThat(count("select count(*) from honor_award a join nomination n on n.honoree_id = a.honoree_id")).isZero();
    }

    @Test
    void transfersAwaitTheReceivingUnionAndCanBeAccepted() {
        Http admin = admin();
        List<JsonNode> pending = admin.get("/api/transfers?direction=in&status=PENDING").json().get("items").valueStream().toList();
        assertThat(pending).as("会员转接 awaiting the receiving union").hasSize(3);
        assertThat(admin.get("/api/transfers?direction=in&status=REJECTED").json().get("total").asLong()).isEqualTo(1);
        JsonNode first = pending.get(0);
        assertThat(admin.post("/api/transfers/" + first.get("id").asLong() + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(count("select union_id from member where id = ?", first.get("memberId").asLong()))
                .as("the member moved with the transfer").isEqualTo(first.get("toUnionId").asLong());
    }

    @Test
    void modelWorkersStoriesArePublishedAndTwoAwaitTheEditor() {
        List<JsonNode> stories = admin().get("/api/honor-stories?size=100").json().get("items").valueStream().toList();
        assertThat(stories).hasSizeGreaterThanOrEqualTo(4);
        assertThat(stories.stream().filter(s -> !s.get("published").asBoolean())).as("drafts awaiting the editor").hasSize(2);
        assertThat(stories).allSatisfy(s -> assertThat(s.get("honoreeId").isNull()).isFalse());
        List<JsonNode> shown = new Http(port).get("/api/public/showcase").json().get("stories").valueStream().toList();
        assertThat(shown).as("the public showcase shows the published ones").hasSize(stories.size() - 2);
        assertThat(shown.get(0).get("body").asString()).contains("技术攻关").doesNotContain("null");
    }

    @Test
    void theStatisticalYearRunsFromTheGrassrootsToTheCity() {
        Http admin = admin();
        JsonNode period = admin.get("/api/reports/period?kind=STATISTICAL").json();
        int year = period.get("year").asInt();
        JsonNode progress = admin.get("/api/annual-returns/progress?year=" + year).json();
        assertThat(progress.get("total").get("total").asLong()).isEqualTo(70);
        assertThat(progress.get("total").get("unionName").asString()).endsWith("（合计）");
        assertThat(progress.get("parts").valueStream().map(p -> p.get("unionName").asString()).toList())
                .as("each district, then the city's own and its direct grassroots unions").hasSizeGreaterThan(1).last().isEqualTo("本级及直属基层工会");
        assertThat(progress.get("total").get("approved").asLong()).isPositive();
        assertThat(progress.get("total").get("draft").asLong()).as("the demo leaves the last town filling in").isPositive();

        List<JsonNode> drafts = new java.util.ArrayList<>();
        admin.get("/api/annual-returns?year=" + year + "&status=DRAFT&size=100").json().get("items").forEach(drafts::add);
        long census = progress.get("questionnaire").get("censusId").asLong();
        List<JsonNode> questions = new java.util.ArrayList<>();
        admin.get("/api/census/" + census).json().get("questions").forEach(questions::add);
        assertThat(questions).as("the year's questionnaire asks the grassroots form's questions").hasSize(14);
        StringBuilder csv = new StringBuilder("工会编号");
        questions.forEach(q -> csv.append(',').append(q.get("code").asString()).append(' ').append(q.get("label").asString())
                .append('（').append(q.get("unit").asString()).append('）'));
        csv.append('\n');
        for (JsonNode d : drafts) {
            if (!d.get("level").asString().equals("GRASSROOTS")) {
                continue;
            }
            JsonNode form = admin.get("/api/annual-returns/" + d.get("id").asLong()).json();
            long employees = AnnualReturnApiTest.cells(form).get("J103").get("value").asLong();
            Map<String, Long> answers = Map.of("J104", employees / 2, "J105", employees / 5, "J200", 3L, "J201", 5L, "J202", 2L,
                    "J203", 1L, "J204", 2L, "J305", Math.min(employees, 5L), "J306", Math.min(employees, 5L) / 2);
            csv.append(d.get("unionId").asLong());
            questions.forEach(q -> csv.append(',').append(q.get("kind").asString().equals("YES_NO") ? "是"
                    : String.valueOf(answers.getOrDefault(q.get("code").asString(), 0L))));
            csv.append('\n');
        }
        var imported = admin.importFile("/api/census/" + census + "/import", "年报问卷.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        assertThat(admin.get("/api/census/" + census).json().get("campaign").get("returned").asLong())
                .as("every grassroots union of the city has answered the questionnaire").isEqualTo(60);

        Http reviewer = cityUser("statreviewer");
        for (int pass = 0; pass < 6 && !drafts.isEmpty(); pass++) {
            List<JsonNode> left = new java.util.ArrayList<>();
            for (JsonNode d : drafts) {
                long id = d.get("id").asLong();
                var submitted = admin.post("/api/annual-returns/" + id + "/submit", Map.of("signerName", "主席", "signedOn", LocalDate.now().toString()));
                if (submitted.status() == 409) {
                    left.add(d);
                    continue;
                }
                assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
                var approved = reviewer.post("/api/annual-returns/" + id + "/approve", Map.of());
                assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            }
            drafts = left;
        }
        assertThat(drafts).as("every return approved up to the city").isEmpty();
        progress = admin.get("/api/annual-returns/progress?year=" + year).json();
        assertThat(progress.get("total").get("approved").asLong()).isEqualTo(70);

        String end = period.get("to").asString();
        JsonNode figures = admin.get("/api/figures?on=" + end + "&from=" + period.get("from").asString() + "&to=" + end).json();
        long city = admin.get("/api/annual-returns?year=" + year + "&under=1&size=200").json().get("items").valueStream()
                .filter(r -> r.get("unionId").asLong() == 1).findFirst().orElseThrow().get("id").asLong();
        JsonNode cityForm = admin.get("/api/annual-returns/" + city).json();
        assertThat(AnnualReturnApiTest.value(cityForm, "J101")).isEqualTo(MemberApiTest.value(figures, "org.grassroots"));
        assertThat(AnnualReturnApiTest.value(cityForm, "J106")).isEqualTo(MemberApiTest.value(figures, "member.total")).isPositive();
        assertThat(AnnualReturnApiTest.value(cityForm, "J103")).isEqualTo(MemberApiTest.value(figures, "org.employees"));
        assertThat(admin.post("/api/annual-returns/" + city + "/refresh", Map.of()).status()).as("locked").isEqualTo(409);
    }

    /** A second account of the city federation (the one who reviews what admin submits). */
    private Http cityUser(String name) {
        Http admin = admin();
        long role = admin.get("/api/roles").json().valueStream().filter(r -> r.get("code").asString().equals("CITY_ADMIN")).findFirst()
                .orElseThrow().get("id").asLong();
        String username = name + System.nanoTime() % 100_000;
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "年报审核人", "unionId", 1, "roleIds", List.of(role)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http user = new Http(port);
        String initial = created.json().get("initialPassword").asString();
        user.login(username, initial);
        user.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", "Review-City-2026"));
        assertThat(user.login(username, "Review-City-2026").status()).isEqualTo(200);
        return user;
    }

    /**
     * Every figure that splits per union (the annual forms pre-fill a whole city's grassroots returns from one query per
     * figure) gives, for each grassroots union of the demo city, what the figure computed for that union alone gives —
     * over last calendar year and over the current year, on both databases; and the records a figure lists (what an
     * annual form keeps when it is locked, to explain later differences) add up to it.
     */
    @Test
    void figuresSplitPerUnionAddUpToEachGrassrootsUnionsOwnFigure() {
        Map<Long, Long> unitOf = orgs.grassrootsOf(1);
        List<String> split = figures.catalogue().stream().map(org.unionworks.figures.Indicator::key).toList();
        List<Long> grassroots = jdbc.queryForList("select id from union_org where org_type = 'GRASSROOTS'", Long.class);
        LocalDate today = LocalDate.now();
        for (LocalDate[] period : List.of(new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1)},
                new LocalDate[] {today.withDayOfYear(1), today})) {
            Map<String, Map<Long, Number>> perUnit = figures.perUnit(1, period[1], period[0], period[1], split, unitOf);
            assertThat(perUnit.keySet()).as("the figures the grassroots form names split per union")
                    .contains("org.grassroots", "org.employees", "member.total", "member.newMembers", "democracy.contracts",
                            "rights.wagesRecovered", "craft.contestants", "funds.collected", "service.beneficiaries");
            for (long union : grassroots) {
                for (var v : figures.compute(union, period[1], period[0], period[1], perUnit.keySet())) {
                    Number mine = perUnit.get(v.key()).get(union);
                    assertThat(new java.math.BigDecimal(mine == null ? "0" : mine.toString()))
                            .as(v.key() + " of union " + union + " from " + period[0])
                            .isEqualByComparingTo(v.value() == null ? "0" : v.value().toString());
                    var rows = figures.rows(v.key(), union, period[1], period[0], period[1]);
                    if (rows != null) {
                        java.math.BigDecimal sum = rows.contributions().values().stream().map(n -> new java.math.BigDecimal(n.toString()))
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                        java.math.BigDecimal value = new java.math.BigDecimal(mine == null ? "0" : mine.toString());
                        assertThat(sum.setScale(Math.max(0, value.scale()), java.math.RoundingMode.HALF_UP))
                                .as("the records " + v.key() + " lists for union " + union + " add up to it (万元 rounded as the figure)")
                                .isEqualByComparingTo(value);
                    }
                }
            }
        }
    }
}
