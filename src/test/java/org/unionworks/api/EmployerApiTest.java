package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/** The employer register and coverage, the way a district cadre keeps them. */
class EmployerApiTest extends ApiTestBase {

    private Http admin;
    private long district;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("单位区"));
    }

    static Map<String, Object> employer(long unionId, String name, String code, int employees) {
        Map<String, Object> body = new HashMap<>();
        body.put("unionId", unionId);
        body.put("name", name);
        body.put("creditCode", code);
        body.put("employeeCount", employees);
        body.put("femaleCount", employees / 2);
        body.put("industry", "C");
        body.put("ownershipType", null);
        return body;
    }

    /** An employer registered on 2020-01-01, so coverage may start at any later date. */
    static long createEmployer(Http http, long unionId, String name, int employees) {
        Map<String, Object> body = employer(unionId, name, creditCode(), employees);
        body.put("registeredOn", "2020-01-01");
        var r = http.post("/api/employers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void registersAnEmployerAndDecidesWhetherItShouldHaveAUnion() {
        var big = admin.post("/api/employers", employer(district, unique("大厂"), creditCode(), 300));
        assertThat(big.status()).as(big.toString()).isEqualTo(201);
        assertThat(big.json().get("shouldHaveUnion").asBoolean()).isTrue();
        assertThat(big.json().get("status").asString()).isEqualTo("ACTIVE");
        var small = admin.post("/api/employers", employer(district, unique("小店"), creditCode(), 5));
        assertThat(small.json().get("shouldHaveUnion").asBoolean()).isFalse();

        JsonNode list = admin.get("/api/employers?under=" + district + "&sort=employeeCount,desc").json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("employeeCount").asInt()).isEqualTo(300);
        String code = big.json().get("creditCode").asString();
        assertThat(admin.get("/api/employers?q=" + code).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesBadEmployersWithChineseMessagesAndWritesNothing() {
        String code = creditCode();
        assertThat(admin.post("/api/employers", employer(district, unique("甲"), code, 10)).status()).isEqualTo(201);

        var dup = admin.post("/api/employers", employer(district, unique("乙"), code, 10));
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.text()).contains("已登记为");

        var badCode = admin.post("/api/employers", employer(district, unique("丙"), "91440300MA5XXXXXX1", 10));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.text()).contains("统一社会信用代码");

        Map<String, Object> tooManyWomen = employer(district, unique("丁"), creditCode(), 10);
        tooManyWomen.put("femaleCount", 11);
        var women = admin.post("/api/employers", tooManyWomen);
        assertThat(women.status()).isEqualTo(400);
        assertThat(women.text()).contains("不能超过职工总数");

        Map<String, Object> negative = employer(district, unique("戊"), creditCode(), -1);
        assertThat(admin.post("/api/employers", negative).text()).contains("职工人数不能为负数");

        Map<String, Object> future = employer(district, unique("己"), creditCode(), 10);
        future.put("registeredOn", "2999-01-01");
        assertThat(admin.post("/api/employers", future).status()).isEqualTo(400);

        Map<String, Object> division = employer(district, unique("庚"), creditCode(), 10);
        division.put("divisionCode", "999999");
        assertThat(admin.post("/api/employers", division).text()).contains("不在 GB/T 2260");

        assertThat(admin.get("/api/employers?under=" + district).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefused() {
        long id = createEmployer(admin, district, unique("乐观锁"), 50);
        JsonNode saved = admin.get("/api/employers/" + id).json();
        Map<String, Object> edit = employer(district, saved.get("name").asString(), saved.get("creditCode").asString(), 60);
        edit.put("version", saved.get("version").asLong());
        assertThat(admin.put("/api/employers/" + id, edit).status()).isEqualTo(200);
        edit.put("employeeCount", 70);
        var stale = admin.put("/api/employers/" + id, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("已被他人修改");
        assertThat(admin.get("/api/employers/" + id).json().get("employeeCount").asInt()).isEqualTo(60);
    }

    @Test
    void anEmployerIsCoveredByOneGrassrootsUnionAtATimeWithHistory() {
        long company = createOrg(admin, district, unique("公司工会"), "GRASSROOTS", "ENTERPRISE");
        long other = createOrg(admin, district, unique("另一工会"), "GRASSROOTS", "ENTERPRISE");
        long joint = createOrg(admin, district, unique("联合工会"), "GRASSROOTS", "JOINT");
        long a = createEmployer(admin, district, unique("甲厂"), 80);
        long b = createEmployer(admin, district, unique("乙厂"), 20);

        var cover = admin.post("/api/orgs/" + company + "/coverage", Map.of("employerId", a, "fromDate", "2024-01-01"));
        assertThat(cover.status()).as(cover.toString()).isEqualTo(201);
        assertThat(admin.get("/api/employers/" + a).json().get("coveringUnionId").asLong()).isEqualTo(company);

        var twice = admin.post("/api/orgs/" + other + "/coverage", Map.of("employerId", a, "fromDate", "2024-06-01"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("已由");

        var second = admin.post("/api/orgs/" + company + "/coverage", Map.of("employerId", b, "fromDate", "2024-06-01"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.text()).contains("联合基层工会");

        long coverageId = cover.json().get("id").asLong();
        assertThat(admin.post("/api/coverage/" + coverageId + "/end", Map.of("on", "2025-03-31")).status()).isEqualTo(200);
        var early = admin.post("/api/orgs/" + joint + "/coverage", Map.of("employerId", a, "fromDate", "2025-01-01"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.text()).contains("不能早于上一段涵盖的结束日期");
        assertThat(admin.post("/api/orgs/" + joint + "/coverage", Map.of("employerId", a, "fromDate", "2025-04-01")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/orgs/" + joint + "/coverage", Map.of("employerId", b, "fromDate", "2025-04-01")).status())
                .isEqualTo(201);

        JsonNode history = admin.get("/api/orgs/" + company + "/coverage").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("toDate").asString()).isEqualTo("2025-03-31");
        assertThat(admin.get("/api/orgs/" + joint + "/coverage").json()).hasSize(2);
        assertThat(admin.get("/api/employers?under=" + district + "&covered=false").json().get("total").asLong()).isZero();
    }

    @Test
    void closingAnEmployerEndsItsCoverage() {
        long union = createOrg(admin, district, unique("注销工会"), "GRASSROOTS", "ENTERPRISE");
        Map<String, Object> body = employer(district, unique("注销厂"), creditCode(), 40);
        body.put("registeredOn", "2022-05-01");
        long e = admin.post("/api/employers", body).json().get("id").asLong();
        var beforeRegistration = admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", e, "fromDate", "2022-01-01"));
        assertThat(beforeRegistration.status()).isEqualTo(400);
        assertThat(beforeRegistration.text()).contains("不能早于单位登记日期");
        admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", e, "fromDate", "2023-01-01"));
        var closed = admin.post("/api/employers/" + e + "/close", Map.of("on", "2025-12-31"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("coveringUnionId").isNull()).isTrue();
        assertThat(admin.get("/api/orgs/" + union + "/coverage").json().get(0).get("toDate").asString()).isEqualTo("2025-12-31");
        assertThat(admin.post("/api/employers/" + e + "/close", Map.of("on", "2025-12-31")).status()).isEqualTo(409);
        long young = admin.post("/api/employers", employer(district, unique("新厂"), creditCode(), 10)).json().get("id").asLong();
        var tooEarly = admin.post("/api/employers/" + young + "/close", Map.of("on", "2020-01-01"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.text()).contains("注销日期不能早于登记日期");
    }

    @Test
    void importUpsertsByCreditCodeAndReimportChangesNothing() throws Exception {
        String code1 = creditCode();
        String code2 = creditCode();
        String csv = "单位名称,统一社会信用代码,管辖工会编号,经济类型,行业门类,职工人数,女职工人数,应建会\n"
                + unique("导入甲") + "," + code1 + "," + district + ",,制造业,120,60,\n"
                + unique("导入乙") + "," + code2 + "," + district + ",,C,8,3,是\n";
        var first = admin.importFile("/api/employers/import", "employers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("written").asBoolean()).as(first.toString()).isTrue();
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        var again = admin.importFile("/api/employers/import", "employers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).as(again.toString()).isEqualTo(2);

        String changed = csv.replace(",120,60,", ",130,60,");
        var third = admin.importFile("/api/employers/import", "employers.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(third.json().get("updated").asInt()).isEqualTo(1);
        JsonNode list = admin.get("/api/employers?under=" + district + "&q=" + code1).json();
        assertThat(list.get("items").get(0).get("employeeCount").asInt()).isEqualTo(130);
        assertThat(admin.get("/api/employers?under=" + district + "&q=" + code2).json()
                .get("items").get(0).get("shouldHaveUnion").asBoolean()).isTrue();

        String bad = "单位名称,统一社会信用代码,管辖工会编号,职工人数,女职工人数\n"
                + unique("坏行") + ",123," + district + ",10,20\n";
        var refused = admin.importFile("/api/employers/import", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.json().get("written").asBoolean()).isFalse();
        assertThat(refused.text()).contains("统一社会信用代码").contains("不能超过职工总数");
    }

    @Test
    void templateAndExportAreSpreadsheetsWithChineseHeaders() throws Exception {
        createEmployer(admin, district, "=HYPERLINK(\"x\")" + unique("公式"), 10);
        var template = admin.get("/api/employers/import/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(firstRows(template.bytes(), 1).get(0)).contains("*单位名称");

        var export = admin.get("/api/employers/export?under=" + district);
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = firstRows(export.bytes(), 3);
        assertThat(rows.get(0)).contains("单位名称", "统一社会信用代码", "职工人数");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).startsWith("'=");
    }

    static List<List<String>> firstRows(byte[] xlsx, int limit) throws Exception {
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().openStream().limit(limit)
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getText()).toList())
                    .toList();
        }
    }
}
