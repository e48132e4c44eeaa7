package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.CapturedCodes;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * A cadre corrects what was entered: each correction is kept and the audit log says who changed
 * which record and which fields. Together with the module suites these calls reach every write
 * endpoint, which the audit sweep (AuditSweepCheck) checks after the build's suites.
 */
class EditsAreAuditedApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private long company;
    private final String today = LocalDate.now(FEDERATION).toString();

    @BeforeEach
    void setUp() {
        admin = admin();
        district = district(admin, unique("更正区"));
        company = createOrg(admin, district, unique("更正公司工会"), "GRASSROOTS", "ENTERPRISE");
    }

    /** The newest audit row of the record: it names the user, the action and each field given. */
    private void audited(String entity, long id, String action, String... fields) {
        JsonNode rows = admin.get("/api/audit?entity=" + entity + "&entityId=" + id).json().get("items");
        assertThat(rows).as("audit rows of %s %s", entity, id).isNotEmpty();
        JsonNode newest = rows.get(0);
        assertThat(newest.get("username").asString()).isEqualTo("admin");
        assertThat(newest.get("action").asString()).isEqualTo(action);
        assertThat(newest.get("changes").asString()).contains(fields);
    }

    private long created(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().get("id").asLong();
    }

    private JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void activitiesProblemsCasesAndOutreachAreCorrected() {
        Map<String, Object> activity = new HashMap<>(Map.of("unionId", district, "kind", "TRAINING", "heldOn", today,
                "topic", "工会财务培训", "participants", 30));
        long a = created(admin.post("/api/activities", activity));
        activity.putAll(Map.of("participants", 45, "version", 0));
        assertThat(ok(admin.put("/api/activities/" + a, activity)).get("participants").asInt()).isEqualTo(45);
        audited("Activity", a, "UPDATE", "participants");
        String search = "/api/activities?under=" + district + "&from=" + today + "&to=" + today;
        assertThat(ok(admin.get(search + "&kind=TRAINING&q=" + MemberApiTest.enc("财务"))).get("total").asLong()).isEqualTo(1);
        assertThat(ok(admin.get(search + "&kind=STUDY")).get("total").asLong()).isZero();
        assertThat(ok(admin.get("/api/activities?under=" + district + "&to=" + LocalDate.now().minusDays(1))).get("total").asLong())
                .isZero();

        Map<String, Object> problem = new HashMap<>(Map.of("unionId", district, "source", "AUDIT", "category", "ASSETS",
                "description", "固定资产未登记", "ownerPerson", "张三", "deadline", LocalDate.now().plusMonths(1).toString(),
                "foundOn", today));
        long p = created(admin.post("/api/rectifications", problem));
        problem.putAll(Map.of("ownerPerson", "李四", "version", 0));
        assertThat(ok(admin.put("/api/rectifications/" + p, problem)).get("ownerPerson").asString()).isEqualTo("李四");
        audited("Rectification", p, "UPDATE", "ownerPerson");

        Map<String, Object> rightsCase = new HashMap<>(Map.of("unionId", district, "kind", "WAGE_ARREARS", "employerName", "某建筑公司",
                "workersCount", 5, "acceptedOn", today));
        long c = created(admin.post("/api/rights/cases", rightsCase));
        rightsCase.putAll(Map.of("workersCount", 8, "version", 0));
        assertThat(ok(admin.put("/api/rights/cases/" + c, rightsCase)).get("workersCount").asInt()).isEqualTo(8);
        audited("RightsCase", c, "UPDATE", "workersCount");

        Map<String, Object> outreach = new HashMap<>(Map.of("unionId", district, "heldOn", today, "topic", "劳动合同法讲座",
                "kind", "LECTURE", "audienceOnsite", 80));
        long o = created(admin.post("/api/rights/outreach", outreach));
        outreach.putAll(Map.of("audienceOnsite", 120, "version", 0));
        assertThat(ok(admin.put("/api/rights/outreach/" + o, outreach)).get("audienceOnsite").asInt()).isEqualTo(120);
        audited("Outreach", o, "UPDATE", "audienceOnsite");
    }

    @Test
    void honoreesTermsAndTheCataloguesAreCorrected() {
        Map<String, Object> honoree = new HashMap<>(Map.of("unionId", company, "kind", "COLLECTIVE", "name", "更正班组"));
        long h = created(admin.post("/api/honorees", honoree));
        honoree.putAll(Map.of("post", "装配车间", "version", 0));
        assertThat(ok(admin.put("/api/honorees/" + h, honoree)).get("post").asString()).isEqualTo("装配车间");
        audited("Honoree", h, "UPDATE", "post");

        Map<String, Object> term = new HashMap<>(Map.of("startsOn", "2024-03-01", "lengthYears", 5, "chairName", "王五"));
        long t = created(admin.post("/api/orgs/" + company + "/terms", term));
        term.putAll(Map.of("chairName", "赵六", "version", 0));
        assertThat(ok(admin.put("/api/terms/" + t, term)).get("chairName").asString()).isEqualTo("赵六");
        audited("Term", t, "UPDATE", "chairName");

        long title = created(admin.post("/api/honor-titles", Map.of("name", unique("区优秀工会工作者"), "level", "DISTRICT",
                "kind", "INDIVIDUAL", "awardingBody", "区总工会")));
        audited("HonorTitle", title, "CREATE", "awardingBody");

        String code = unique("UPD").replace("_", "").toUpperCase();
        long item = created(admin.post("/api/dicts/hukou_type", Map.of("code", code.substring(0, Math.min(code.length(), 20)),
                "label", "集体户口", "sortOrder", 90)));
        assertThat(ok(admin.put("/api/dicts/hukou_type/" + item, Map.of("label", "集体户", "sortOrder", 91, "enabled", false,
                "version", 0))).get("label").asString()).isEqualTo("集体户");
        audited("DictItem", item, "UPDATE", "label");
    }

    @Test
    void rolesAccountsAndJoinApplicationsAreDecided() {
        long role = created(admin.post("/api/roles", Map.of("code", unique("TEMP").toUpperCase(), "name", unique("临时角色"),
                "permissions", List.of("member:read"))));
        assertThat(admin.delete("/api/roles/" + role).status()).isIn(200, 204);
        assertThat(admin.get("/api/roles").json().valueStream().map(r -> r.get("id").asLong())).doesNotContain(role);
        JsonNode deleted = admin.get("/api/audit?entity=Role&entityId=" + role).json().get("items").get(0);
        assertThat(deleted.get("action").asString()).isEqualTo("DELETE");

        var newUser = admin.post("/api/users", Map.of("username", unique("phoneuser"), "displayName", "有手机的用户",
                "unionId", district, "phone", "13912345678", "roleIds", List.of(roleId(admin, "DISTRICT_ADMIN"))));
        assertThat(newUser.status()).as(newUser.toString()).isEqualTo(201);
        long user = newUser.json().get("user").get("id").asLong();
        assertThat(ok(admin.post("/api/users/" + user + "/reveal-phone", Map.of())).get("phone").asString()).isEqualTo("13912345678");
        assertThat(admin.get("/api/audit?entity=AppUser&entityId=" + user).json().get("items").valueStream()
                .map(r -> r.get("action").asString())).contains("REVEAL");

        Http anonymous = new Http(port);
        String phone = "1370000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        Map<String, Object> form = new HashMap<>(Map.of("name", "被退回的申请人", "idNumber", People.idNumber(), "phone", phone,
                "employerName", "某公司", "unionId", company, "consent", true));
        CapturedCodes.requestFor(anonymous, phone);
        form.put("phoneCode", CapturedCodes.last(phone));
        assertThat(anonymous.post("/api/public/join", form).status()).isEqualTo(201);
        long application = admin.get("/api/join-applications?under=" + company).json().get("items").get(0).get("id").asLong();
        JsonNode rejected = ok(admin.post("/api/join-applications/" + application + "/reject", Map.of("note", "非本单位职工")));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(admin.get("/api/audit?entity=JoinApplication&entityId=" + application).json().get("items")).isNotEmpty();
    }
}
