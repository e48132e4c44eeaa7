package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * Bad input across the forms of several modules: each bad value, duplicate keys included, is refused
 * with 400 and a Chinese message naming the field, and nothing is written; hostile but valid
 * text (SQL, script) is stored as plain text and comes back exactly, and exports neutralize it.
 */
class BadInputApiTest extends ApiTestBase {

    private static final String LONG = "长".repeat(301);
    private static final String FUTURE = LocalDate.now(FEDERATION).plusDays(1).toString();

    private Http admin;
    private long district;
    private long union;

    @BeforeEach
    void aDistrictWithAUnion() {
        admin = admin();
        district = district(admin, unique("坏输入区"));
        union = createOrg(admin, district, unique("坏输入厂"), "GRASSROOTS", "ENTERPRISE");
    }

    private record Form(String path, Map<String, Object> valid, String countPath) {
    }

    private Form employer() {
        Map<String, Object> body = EmployerApiTest.employer(district, unique("单位"), creditCode(), 50);
        body.put("registeredOn", "2020-01-01");
        return new Form("/api/employers", body, "/api/employers?under=" + district);
    }

    private Form member() {
        Map<String, Object> body = new HashMap<>();
        body.put("unionId", union);
        body.put("name", "王芳");
        body.put("idNumber", People.idNumber());
        body.put("joinedOn", "2024-05-01");
        return new Form("/api/members", body, "/api/members?under=" + union);
    }

    private Form rightsCase() {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", district, "kind", "WAGE_ARREARS",
                "employerName", "某劳务公司", "workersCount", 3, "acceptedOn", "2026-01-05", "amountClaimed", 1000));
        return new Form("/api/rights/cases", body, "/api/rights/cases?under=" + district);
    }

    private Form org() {
        Map<String, Object> body = new HashMap<>(Map.of("parentId", district, "name", unique("新工会"),
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE", "foundedOn", "2020-01-01"));
        return new Form("/api/orgs", body, "/api/orgs?under=" + district);
    }

    private long count(Form form) {
        return admin.get(form.countPath()).json().get("total").asLong();
    }

    /** Sends the valid body with one change; expects the status and a message on the field, and no new row. */
    private void refused(Form form, Consumer<Map<String, Object>> change, int status, String field, String words) {
        long before = count(form);
        Map<String, Object> body = new HashMap<>(form.valid());
        change.accept(body);
        var r = admin.post(form.path(), body);
        assertThat(r.status()).as(form.path() + " " + body + " -> " + r).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String text = r.text();
        if (field != null) {
            assertThat(text).as(r.toString()).contains("\"" + field + "\"");
        }
        assertThat(text).as(r.toString()).contains(words).doesNotContain("Exception").doesNotContain("select ");
        assertThat(count(form)).as("nothing written for " + body).isEqualTo(before);
    }

    /** Spring's own refusals (no such address, a method an address does not take) say so in Chinese too. */
    @Test
    void addressesAndMethodsNothingAnswersAreRefusedInChinese() {
        var missing = admin.get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isEqualTo("未找到");
        assertThat(missing.json().get("detail").asString()).isEqualTo("请求的地址不存在");
        var method = admin.delete("/api/members");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("detail").asString()).as(method.toString()).isEqualTo("不支持该请求方法");
        assertThat(method.toString()).doesNotContain("not supported");
    }

    /**
     * A request the server refuses before the application sees it (characters a URL may not hold unencoded, sent by a
     * script rather than a browser) is answered as a problem in Chinese too, not the web server's English page.
     */
    @Test
    void aMalformedRequestLineIsRefusedAsAProblemInChinese() throws Exception {
        String answer = raw("GET /api/orgs?q=有限公司&x=<script> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"title\":\"请求有误\"").doesNotContain("Bad Request").doesNotContain("<html");
    }

    /** What Spring refuses before any controller (a TRACE, a path the firewall rejects) is a Chinese problem as well. */
    @Test
    void refusalsBeforeAnyControllerAreProblemsInChinese() throws Exception {
        String trace = raw("TRACE /api/members HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(trace).startsWith("HTTP/1.1 405").contains("\"detail\":\"不支持该请求方法\"").doesNotContain("Method Not Allowed");
        String rejected = raw("GET /api/members;jsessionid=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(rejected).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"title\":\"请求有误\"").doesNotContain("Bad Request");
    }

    private String raw(String request) throws java.io.IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void overLongTextIsRefusedNamingTheField() {
        refused(employer(), b -> b.put("name", LONG), 400, "name", "不能超过200个字符");
        refused(member(), b -> b.put("name", LONG), 400, "name", "不能超过50个字符");
        refused(rightsCase(), b -> b.put("employerName", LONG), 400, "employerName", "不能超过200个字符");
        refused(org(), b -> b.put("name", LONG), 400, "name", "不能超过");
    }

    @Test
    void wrongTypesAreRefusedInChinese() {
        refused(employer(), b -> b.put("employeeCount", "很多"), 400, null, "格式");
        refused(rightsCase(), b -> b.put("workersCount", "三"), 400, null, "格式");
        refused(member(), b -> b.put("joinedOn", "2024/13/45"), 400, null, "格式");
    }

    @Test
    void datesInTheFutureOrBefore1900AreRefused() {
        refused(member(), b -> b.put("joinedOn", FUTURE), 400, "joinedOn", "入会时间");
        refused(employer(), b -> b.put("registeredOn", FUTURE), 400, "registeredOn", "登记日期");
        refused(org(), b -> b.put("foundedOn", FUTURE), 400, "foundedOn", "成立日期");
        refused(org(), b -> b.put("foundedOn", "1899-12-31"), 400, "foundedOn", "1900");
        refused(employer(), b -> b.put("registeredOn", "1899-12-31"), 400, "registeredOn", "1900");
    }

    @Test
    void negativeNumbersAndAmountsAreRefused() {
        refused(employer(), b -> b.put("employeeCount", -1), 400, "employeeCount", "不能为负数");
        refused(rightsCase(), b -> b.put("amountClaimed", -0.01), 400, "amountClaimed", "不能为负数");
        refused(rightsCase(), b -> b.put("workersCount", 0), 400, "workersCount", "至少为1");
    }

    @Test
    void wrongCheckCharactersAndDuplicateKeysAreRefused() {
        String code = creditCode();
        Form first = employer();
        first.valid().put("creditCode", code);
        assertThat(admin.post(first.path(), first.valid()).status()).isEqualTo(201);
        refused(employer(), b -> b.put("creditCode", code), 400, "creditCode", "已登记");
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        refused(employer(), b -> b.put("creditCode", wrong), 400, "creditCode", "校验");
        String id = People.idNumber();
        refused(member(), b -> b.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')), 400,
                "idNumber", "校验");
    }

    @Test
    void fullWidthDigitsAndTrailingSpacesAreFoldedNotRefused() {
        String id = People.idNumber();
        StringBuilder fullWidth = new StringBuilder();
        id.chars().forEach(c -> fullWidth.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        Form form = member();
        form.valid().put("idNumber", fullWidth + " ");
        form.valid().put("name", "  赵敏　 ");
        var r = admin.post(form.path(), form.valid());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode saved = admin.get("/api/members/" + r.json().get("id").asLong()).json();
        assertThat(saved.get("name").asString()).isEqualTo("赵敏");
        assertThat(saved.get("idNumber").asString()).endsWith(id.substring(14));
        var again = admin.post(form.path(), Map.of("unionId", union, "name", "赵敏", "idNumber", id, "joinedOn", "2024-05-01"));
        assertThat(again.status()).as("the folded number is the same person: " + again).isEqualTo(400);
        assertThat(again.text()).contains("已是").contains("会员");
    }

    @Test
    void sqlAndScriptTextIsStoredAsTextAndNeutralizedInExports() throws Exception {
        String sql = "某厂'); drop table employer; --";
        String script = "<img src=x onerror=alert(1)>";
        String formula = "=HYPERLINK(\"http://evil\")";
        for (String name : List.of(sql, script, formula)) {
            Form form = employer();
            form.valid().put("name", name);
            var r = admin.post(form.path(), form.valid());
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(admin.get("/api/employers/" + r.json().get("id").asLong()).json().get("name").asString()).isEqualTo(name);
        }
        assertThat(count(employer())).isEqualTo(3);
        List<List<String>> rows = EmployerApiTest.firstRows(admin.get("/api/employers/export?under=" + district).bytes(), 5);
        assertThat(rows.stream().flatMap(List::stream)).contains(sql, script).doesNotContain(formula)
                .anyMatch(cell -> cell.endsWith(formula) && cell.length() > formula.length());
    }
}
