package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * #27 as a county federation lives it: last year entered from its own kinds of sources — a union list with some
 * founding dates known only to the year or not at all, an employer list naming each employer's grassroots union
 * (coverage), a winner list without ID numbers, a needy-worker aid ledger without household data, an old activity
 * list without 参加人数 — and last year's figures as worked out by hand, with the rough and unknown values stated.
 */
class OnboardingApiTest extends ApiTestBase {

    private static final int Y = LocalDate.now(FEDERATION).getYear() - 1;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void done(Http.Response r) {
        assertThat(r.json().get("status").asString()).as(r.toString()).isEqualTo("DONE");
    }

    @Test
    void aCountyEntersLastYearFromItsSpreadsheetsAndItsFiguresComeOutAsWorkedOutByHand() {
        Http admin = admin();
        long county = district(admin, unique("某县总工会"));
        Http cadre = userAt(admin, county, "DISTRICT_ADMIN", unique("county"));
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2015-01-01"));
        String town = unique("城关镇总工会");

        // 1. the union list: one founding date only a year, one only a month, one not known
        done(cadre.importFile("/api/orgs/import", "工会名单.csv", csv("工会名称,上级工会编号,上级工会名称,组织类型,基层工会类型,成立日期\n"
                + town + "," + county + ",,镇（街道）总工会,,2010-05-01\n"
                + "机床厂工会,," + town + ",基层工会,企业工会,2015-03-10\n"
                + "纺织厂工会,," + town + ",基层工会,企业工会,2016\n"
                + "服装厂工会,," + town + ",基层工会,企业工会," + Y + "年6月\n"
                + "新厂工会,," + town + ",基层工会,企业工会," + Y + "-05-01\n"
                + "老厂工会,," + town + ",基层工会,企业工会,日期不详\n")));

        // 2. the employer list: naming a grassroots union makes it cover the employer; one registration date unknown
        String[] codes = {creditCode(), creditCode(), creditCode(), creditCode(), creditCode(), creditCode()};
        done(cadre.importFile("/api/employers/import", "单位名单.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期\n"
                + "机床厂," + codes[0] + ",机床厂工会,300,2010-01-01\n"
                + "纺织厂," + codes[1] + ",纺织厂工会,200,2012\n"
                + "服装厂," + codes[2] + ",服装厂工会,80," + Y + "\n"
                + "新厂," + codes[3] + ",新厂工会,50," + Y + "-04-01\n"
                + "未建会公司," + codes[4] + "," + county + ",60,2018-01-01\n"
                + "无日期公司," + codes[5] + "," + county + ",40,\n")));

        // 3. a public winner list: name, employer, post, no ID number; the county's own title added by the county
        String title = unique("县五一劳动奖章");
        var added = cadre.post("/api/honor-titles", Map.of("name", title, "level", "DISTRICT", "kind", "INDIVIDUAL",
                "awardingBody", "县总工会", "conferringUnionId", county));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        done(cadre.importFile("/api/honorees/import", "获奖名单.csv", csv("工会编号,类型,姓名/集体名称,身份证号,工作单位,职务岗位,荣誉称号,获得年份\n"
                + "机床厂工会,个人,张技,,机床厂,车工," + title + "," + Y + "\n"
                + "纺织厂工会,个人,李纺,,纺织厂,挡车工," + title + "," + Y + "\n")));

        // 4. the aid ledger: name, ID number and amount only; the files back-filled with their household unknown
        String[] ids = {People.idNumber(), People.idNumber()};
        done(cadre.importFile("/api/hardship-files/import", "困难职工台账.csv", csv(
                "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,建档日期\n"
                        + "机床厂工会,王困," + ids[0] + ",440305,相对困难,本人或家属患病,在岗,,," + Y + "-03-01\n"
                        + "纺织厂工会,赵困," + ids[1] + ",440305,相对困难,本人或家属患病,在岗,,," + Y + "-04-01\n")));
        var aid = cadre.importFile("/api/aid-records/import?mode=VALID_ONLY", "帮扶台账.csv", csv(
                "职工身份证号,帮扶类别,帮扶日期,金额（元）\n"
                        + ids[0] + ",送温暖," + Y + "-12-20,500\n"
                        + ids[1] + ",送温暖," + Y + "-12-20,0.08万\n"
                        + ids[1] + ",生活救助," + Y + "-12-21,3\n"));
        assertThat(aid.json().get("created").asInt()).as(aid.toString()).isEqualTo(2);
        assertThat(aid.text()).as("3 元 is flagged, not taken").contains("不在常见范围");

        // 5. an old activity list: one contest without its number of participants
        done(cadre.importFile("/api/activities/import", "活动.csv", csv("工会编号,类别,日期,主题,参加人数\n"
                + county + ",大比武/技能竞赛," + Y + "-09-01,全县焊工比武,\n"
                + county + ",业务培训," + Y + "-03-01,基层工会主席培训,45\n")));

        JsonNode f = cadre.get("/api/figures?under=" + county + "&on=" + Y + "-12-31&from=" + Y + "-01-01&to=" + Y + "-12-31").json();
        // founded by the end of the year: 机床厂 (2015-03-10), 纺织厂 (2016), 服装厂 (June), 新厂 (May 1); 老厂 counts from today
        assertThat(MemberApiTest.value(f, "org.grassroots")).isEqualTo(4);
        assertThat(MemberApiTest.find(f, "org.grassroots").get("caveat").asString()).contains("其中2家成立日期仅知年份、年月或不详");
        assertThat(MemberApiTest.value(f, "org.newUnions")).isEqualTo(2);
        assertThat(MemberApiTest.find(f, "org.newUnions").get("caveat").asString()).contains("其中1家");
        // covered: the four employers named with their grassroots unions; 300 + 200 + 80 + 50 employees
        assertThat(MemberApiTest.value(f, "org.coveredEmployers")).isEqualTo(4);
        assertThat(MemberApiTest.value(f, "org.employees")).isEqualTo(630);
        // should have a union by the end of the year: those four and 未建会公司 (无日期公司 counts from the import day)
        assertThat(MemberApiTest.find(f, "org.unionizationRate").get("value").decimalValue()).isEqualByComparingTo("80.0");
        assertThat(MemberApiTest.find(f, "org.unionizationRate").get("caveat").asString()).contains("应建会单位中2家登记日期");
        assertThat(MemberApiTest.value(f, "honor.honorees")).isEqualTo(2);
        assertThat(MemberApiTest.find(f, "honor.honorees").get("caveat").asString()).contains("其中2人尚未核实身份证号");
        assertThat(MemberApiTest.value(f, "honor.awards")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "assist.newFiles")).isEqualTo(2);
        assertThat(MemberApiTest.find(f, "assist.aidAmount").get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("0.13"));
        assertThat(MemberApiTest.value(f, "assist.aided")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "activity.events")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "activity.contestants")).isZero();
        assertThat(MemberApiTest.find(f, "activity.contestants").get("caveat").asString()).isEqualTo("其中1场活动参加人数未知，未计入");
        assertThat(MemberApiTest.value(f, "activity.trainingParticipants")).isEqualTo(45);

        String report = cadre.get("/api/reports/work-report/preview?under=" + county + "&on=" + Y + "-12-31&from=" + Y + "-01-01&to="
                + Y + "-12-31").json().get("paragraphs").valueStream().map(JsonNode::asString).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(report).as("the work report says what its figures counted on rough or unknown values")
                .contains("数据说明：").contains("基层工会数：其中2家成立日期仅知年份").contains("竞赛参赛人次：其中1场活动参加人数未知");

        Map<String, Long> quality = new HashMap<>();
        cadre.get("/api/data-quality?under=" + county).json().forEach(c -> quality.put(c.get("code").asString(), c.get("count").asLong()));
        assertThat(quality).containsEntry("UNION_FOUNDED_ROUGH", 3L).containsEntry("EMPLOYER_REGISTERED_ROUGH", 3L)
                .containsEntry("HARDSHIP_HOUSEHOLD_UNKNOWN", 2L).containsEntry("HONOREE_UNIDENTIFIED", 2L)
                .containsEntry("ACTIVITY_PARTICIPANTS_UNKNOWN", 1L);
    }
}
