package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Coverage comes in with the spreadsheets (issue #27): an employer imported under a grassroots union is covered by it,
 * a joint union's employers come in with the coverage template, and 涵盖单位数 and 建会率 count them.
 */
class CoverageImportApiTest extends ApiTestBase {

    private Http admin;
    private long district;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("覆盖区"));
    }

    private JsonNode figures() {
        LocalDate today = LocalDate.now();
        return admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today).json();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void employersImportedUnderAGrassrootsUnionAreCoveredByIt() {
        long factory = createOrg(admin, district, unique("机床厂工会"), "GRASSROOTS", "ENTERPRISE");
        long shop = createOrg(admin, district, unique("商店工会"), "GRASSROOTS", "ENTERPRISE");
        String a = creditCode();
        String b = creditCode();
        String c = creditCode();
        String d = creditCode();
        var bad = admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期\n"
                + "机床厂," + a + "," + factory + ",300,2019-05-01\n"
                + "机床厂分厂," + b + "," + factory + ",80,2019-05-01\n"));
        assertThat(bad.toString()).contains("只涵盖一家单位").contains("第2行");

        var done = admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,涵盖起始日期\n"
                + "机床厂," + a + "," + factory + ",300,2019-05-01,2020-01-01\n"
                + "商店," + b + "," + shop + ",40,2021-03-01,\n"
                + "未建会公司," + c + "," + district + ",60,2020-01-01,\n"
                + "小微公司," + d + "," + district + ",30,2020-01-01,\n"));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode f = figures();
        assertThat(MemberApiTest.value(f, "org.coveredEmployers")).isEqualTo(2);
        assertThat(MemberApiTest.value(f, "org.employees")).isEqualTo(340);
        long employer = admin.get("/api/employers?under=" + district + "&q=" + a).json().get("items").get(0).get("id").asLong();
        JsonNode coverage = admin.get("/api/employers/" + employer).json();
        assertThat(coverage.get("coveringUnionId").asLong()).isEqualTo(factory);

        var again = admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,涵盖起始日期\n"
                + "机床厂," + a + "," + factory + ",300,2019-05-01,2020-01-01\n"));
        assertThat(again.json().get("status").asString()).as("the same file again changes nothing: " + again).isEqualTo("DONE");
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).isEqualTo(2);
        assertThat(admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数\n"
                + "商店," + b + "," + factory + ",40\n")).toString()).as("covered by another union").contains("已由");
    }

    @Test
    void eachRowOfAnEmployerImportIsCheckedAgainstTheRegister() {
        long factory = createOrg(admin, district, unique("纺织厂工会"), "GRASSROOTS", "ENTERPRISE");
        long mill = createOrg(admin, district, unique("面粉厂工会"), "GRASSROOTS", "ENTERPRISE");
        String a = creditCode();
        String header = "单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,涵盖起始日期\n";
        var first = admin.importFile("/api/employers/import", "单位.csv", csv(header + "纺织厂," + a + "," + factory + ",200,2019-05-01,\n"));
        assertThat(first.json().get("status").asString()).as(first.toString()).isEqualTo("DONE");

        var second = admin.importFile("/api/employers/import", "单位.csv", csv(header + "纺织二厂," + creditCode() + "," + factory + ",50,2019-05-01,\n"));
        assertThat(second.toString()).as("a single union covers one employer").contains("单独建会，已涵盖一家单位");
        var early = admin.importFile("/api/employers/import", "单位.csv", csv(header + "面粉厂," + creditCode() + "," + mill + ",50,2020-01-01,2019-06-01\n"));
        assertThat(early.toString()).contains("涵盖起始日期不能早于单位登记日期 2020-01-01");
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).isEqualTo(1);

        var recounted = admin.importFile("/api/employers/import", "单位.csv", csv(header + "纺织厂," + a + "," + factory + ",230,2019-05-01,\n"));
        assertThat(recounted.json().get("updated").asInt()).as(recounted.toString()).isEqualTo(1);
        long employer = admin.get("/api/employers?under=" + district + "&q=" + a).json().get("items").get(0).get("id").asLong();
        JsonNode counts = admin.get("/api/employers/" + employer + "/headcounts").json();
        assertThat(counts).as("today's count replaced, not added: " + counts).hasSize(1);
        assertThat(counts.get(0).get("employees").asInt()).isEqualTo(230);
        assertThat(MemberApiTest.value(figures(), "org.employees")).isEqualTo(230);

        long coverage = admin.get("/api/orgs/" + factory + "/coverage").json().get(0).get("id").asLong();
        assertThat(admin.post("/api/coverage/" + coverage + "/end", Map.of("on", "2024-06-30")).status()).isEqualTo(200);
        var resumed = admin.importFile("/api/employers/import?mode=VALID_ONLY", "单位.csv", csv(header
                + "纺织厂," + a + "," + mill + ",230,2019-05-01,2024-01-01\n" + "染整厂," + creditCode() + "," + district + ",20,2019-05-01,\n"));
        assertThat(resumed.json().get("failed").asInt()).as("the row's error, found before writing: " + resumed).isEqualTo(1);
        assertThat(resumed.json().get("created").asInt()).isEqualTo(1);
        assertThat(resumed.toString()).contains("涵盖起始日期不能早于上一段涵盖的结束日期 2024-06-30");
    }

    @Test
    void coverageRowsAreCheckedAgainstTheRegisterBeforeAnythingIsWritten() {
        long single = createOrg(admin, district, unique("印刷厂工会"), "GRASSROOTS", "ENTERPRISE");
        long joint = createOrg(admin, district, unique("园区联合工会"), "GRASSROOTS", "JOINT");
        String a = creditCode();
        String b = creditCode();
        assertThat(admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期\n"
                + "印刷厂," + a + "," + district + ",50,2020-01-01\n" + "装订厂," + b + "," + district + ",30,2020-01-01\n"))
                .json().get("status").asString()).isEqualTo("DONE");

        var twice = admin.importFile("/api/coverages/import", "涵盖.csv", csv("基层工会编号,统一社会信用代码\n"
                + single + "," + a + "\n" + single + "," + b + "\n"));
        assertThat(twice.toString()).contains("只涵盖一家单位，与第2行重复");
        var early = admin.importFile("/api/coverages/import", "涵盖.csv", csv("基层工会编号,统一社会信用代码,涵盖起始日期\n"
                + joint + "," + a + ",2019-06-01\n"));
        assertThat(early.toString()).contains("涵盖起始日期不能早于单位登记日期 2020-01-01");
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).as("nothing written").isZero();

        var done = admin.importFile("/api/coverages/import", "涵盖.csv", csv("基层工会编号,统一社会信用代码,涵盖起始日期\n"
                + joint + "," + a + ",2021-01-01\n" + joint + "," + b + ",\n"));
        assertThat(done.json().get("created").asInt()).as(done.toString()).isEqualTo(2);
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).isEqualTo(2);
        assertThat(MemberApiTest.value(figures(), "org.employees")).isEqualTo(80);
        long employer = admin.get("/api/employers?under=" + district + "&q=" + a).json().get("items").get(0).get("id").asLong();
        JsonNode covered = admin.get("/api/employers/" + employer).json();
        assertThat(covered.get("coveringUnionId").asLong()).isEqualTo(joint);
        assertThat(covered.get("unionId").asLong()).as("kept by the union that covers it").isEqualTo(joint);
    }

    @Test
    void aJointUnionsEmployersComeInWithTheCoverageTemplate() {
        long joint = createOrg(admin, district, unique("商圈联合工会"), "GRASSROOTS", "JOINT");
        String[] codes = {creditCode(), creditCode(), creditCode()};
        StringBuilder employers = new StringBuilder("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期\n");
        for (int i = 0; i < codes.length; i++) {
            employers.append("商户").append(i).append(',').append(codes[i]).append(',').append(district).append(",12,2020-01-01\n");
        }
        assertThat(admin.importFile("/api/employers/import", "单位.csv", csv(employers.toString())).json().get("status").asString())
                .isEqualTo("DONE");
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).isZero();

        var template = admin.get("/api/coverages/import/template");
        assertThat(template.status()).isEqualTo(200);
        String rows = "基层工会编号,统一社会信用代码,涵盖起始日期\n" + joint + "," + codes[0] + ",2022-01-01\n" + joint + "," + codes[1] + ",\n"
                + joint + "," + codes[2] + ",2022-01-01\n";
        var done = admin.importFile("/api/coverages/import", "涵盖.csv", csv(rows));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.json().get("created").asInt()).isEqualTo(3);
        assertThat(MemberApiTest.value(figures(), "org.coveredEmployers")).isEqualTo(3);
        assertThat(admin.importFile("/api/coverages/import", "涵盖.csv", csv(rows)).json().get("unchanged").asInt()).isEqualTo(3);

        var refused = admin.importFile("/api/coverages/import", "涵盖.csv", csv("基层工会编号,统一社会信用代码\n"
                + district + "," + codes[0] + "\n" + joint + "," + creditCode() + "\n"));
        assertThat(refused.toString()).contains("只有基层工会才能涵盖单位").contains("请先导入单位");
    }
}
