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

import tools.jackson.databind.JsonNode;

/**
 * Dates that old records know only roughly (#27 item 4): a founding year, a month, 「日期不详，按…计」, none at all;
 * counted on the date they stand for, listed under 数据质量, and stated in the figures' caveats.
 */
class ApproximateDatesApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private String districtName;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        districtName = unique("估计区");
        district = district(admin, districtName);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode figures(String on, String from, String to) {
        return admin.get("/api/figures?under=" + district + "&on=" + on + "&from=" + from + "&to=" + to
                + "&keys=org.grassroots&keys=org.newUnions&keys=org.unionizationRate").json();
    }

    @Test
    void unionsFoundedInAYearOrAMonthOrUnknownAreCountedAndStated() {
        var done = admin.importFile("/api/orgs/import", "工会.csv", csv("工会名称,上级工会编号,组织类型,基层工会类型,成立日期\n"
                + "精确工会," + district + ",基层工会,企业工会,2015-03-10\n"
                + "年份工会," + district + ",基层工会,企业工会,2015\n"
                + "年月工会," + district + ",基层工会,企业工会,2015年6月\n"
                + "约定工会," + district + ",基层工会,企业工会,日期不详，按2010-01-01计\n"
                + "不详工会," + district + ",基层工会,企业工会,日期不详\n"
                + "空白工会," + district + ",基层工会,企业工会,\n"));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        var bad = admin.importFile("/api/orgs/import", "工会.csv", csv("工会名称,上级工会编号,组织类型,基层工会类型,成立日期\n"
                + "错误工会," + district + ",基层工会,企业工会,2015年13月\n"));
        assertThat(bad.toString()).contains("只知年份或年月的填 2015 或 2015-06").contains("日期不详，按2015-01-01计");

        JsonNode in2015 = figures("2015-12-31", "2015-01-01", "2015-12-31");
        assertThat(MemberApiTest.value(in2015, "org.grassroots")).as("exact, year, month and the one counted from 2010").isEqualTo(4);
        assertThat(MemberApiTest.find(in2015, "org.grassroots").get("caveat").asString()).contains("3家成立日期仅知年份、年月或不详");
        assertThat(MemberApiTest.value(in2015, "org.newUnions")).isEqualTo(3);
        assertThat(MemberApiTest.find(in2015, "org.newUnions").get("caveat").asString()).contains("其中2家");
        String today = LocalDate.now().toString();
        JsonNode now = figures(today, LocalDate.now().withDayOfYear(1).toString(), today);
        assertThat(MemberApiTest.value(now, "org.grassroots")).isEqualTo(6);
        assertThat(MemberApiTest.find(now, "org.grassroots").get("caveat").asString())
                .contains("其中2家未填成立日期，按录入系统的日期计").contains("3家成立日期仅知年份");
        assertThat(MemberApiTest.find(now, "org.newUnions").get("caveat").asString()).contains("2家基层工会未填成立日期，未计入");

        JsonNode org = admin.get("/api/orgs?under=" + district + "&q=年份工会").json().get("items").get(0);
        assertThat(org.get("foundedOn").asString()).isEqualTo("2015-01-01");
        assertThat(org.get("foundedOnPrecision").asString()).isEqualTo("YEAR");
        JsonNode quality = admin.get("/api/data-quality?under=" + district).json();
        JsonNode unions = quality.valueStream().filter(c -> c.get("code").asString().equals("UNION_FOUNDED_ROUGH")).findFirst().orElseThrow();
        assertThat(unions.get("count").asLong()).isEqualTo(5);
        JsonNode findings = admin.get("/api/data-quality/UNION_FOUNDED_ROUGH?under=" + district + "&size=10").json();
        assertThat(findings.get("total").asLong()).isEqualTo(5);
        assertThat(findings.toString()).contains("仅知年份，按2015-01-01计").contains("仅知年月，按2015-06-01计")
                .contains("日期不详，按2010-01-01计").contains("未填成立日期").contains(districtName);

        Map<String, Object> exact = new HashMap<>();
        for (var field : org.properties()) {
            exact.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().isNumber() ? field.getValue().numberValue()
                    : field.getValue().isBoolean() ? field.getValue().asBoolean() : field.getValue().asString());
        }
        exact.put("foundedOn", "2015-04-20");
        exact.put("foundedOnPrecision", "SOMETIMES");
        assertThat(admin.put("/api/orgs/" + org.get("id").asLong(), exact).text()).contains("日期精度只能是");
        exact.put("foundedOnPrecision", "DAY");
        var fixed = admin.put("/api/orgs/" + org.get("id").asLong(), exact);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/data-quality/UNION_FOUNDED_ROUGH?under=" + district).json().get("total").asLong()).isEqualTo(4);
    }

    @Test
    void employersWithoutARegistrationDateAreCountedFromTheImportAndListed() {
        var done = admin.importFile("/api/employers/import", "单位.csv", csv("单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,应建会\n"
                + "空白公司," + creditCode() + "," + district + ",60,,是\n"
                + "年份公司," + creditCode() + "," + district + ",60,2018,是\n"
                + "精确公司," + creditCode() + "," + district + ",60,2018-05-01,是\n"));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        String today = LocalDate.now().toString();
        JsonNode now = figures(today, LocalDate.now().withDayOfYear(1).toString(), today);
        assertThat(MemberApiTest.find(now, "org.unionizationRate").get("caveat").asString()).contains("应建会单位中2家登记日期");
        JsonNode listed = admin.get("/api/employers?under=" + district + "&q=空白公司").json().get("items").get(0);
        assertThat(listed.get("registeredOn").asString()).isEqualTo(today);
        assertThat(listed.get("registeredOnPrecision").asString()).isEqualTo("ASSUMED");
        JsonNode findings = admin.get("/api/data-quality/EMPLOYER_REGISTERED_ROUGH?under=" + district).json();
        assertThat(findings.get("total").asLong()).isEqualTo(2);
        assertThat(findings.toString()).contains("日期不详，按" + today + "计").contains("仅知年份，按2018-01-01计");
        Http grassroots = userAt(admin, createOrg(admin, district, unique("无权工会"), "GRASSROOTS", "ENTERPRISE"), "GRASSROOTS_ADMIN",
                unique("dq"));
        assertThat(grassroots.get("/api/data-quality/EMPLOYER_REGISTERED_ROUGH?under=" + district).status())
                .as("another union's subtree").isEqualTo(404);
        assertThat(admin.get("/api/data-quality/NO_SUCH_CHECK").status()).isEqualTo(404);
    }
}
