package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

class OrgApiTest extends ApiTestBase {

    @Test
    void buildsThreeLevelsWithPathsAndBrowsesThemLazily() {
        Http admin = admin();
        long district = district(admin, unique("区总工会"));
        long town = createOrg(admin, district, unique("街道总工会"), "TOWN_FEDERATION", null);
        long grassroots = createOrg(admin, town, unique("公司工会"), "GRASSROOTS", "ENTERPRISE");

        JsonNode g = admin.get("/api/orgs/" + grassroots).json();
        assertThat(g.get("path").asString()).isEqualTo("/1/" + district + "/" + town + "/" + grassroots + "/");
        assertThat(g.get("depth").asInt()).isEqualTo(3);
        JsonNode children = admin.get("/api/orgs/tree?parentId=" + district).json();
        assertThat(children).hasSize(1);
        assertThat(children.get(0).get("hasChildren").asBoolean()).isTrue();
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(3);
        assertThat(admin.get("/api/orgs?under=" + district + "&orgType=GRASSROOTS").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aGrassrootsCadreSeesTheNameOfTheUnionAboveIt() {
        Http admin = admin();
        long district = district(admin, unique("区总工会"));
        String townName = unique("街道总工会");
        long town = createOrg(admin, district, townName, "TOWN_FEDERATION", null);
        long grassroots = createOrg(admin, town, unique("公司工会"), "GRASSROOTS", "ENTERPRISE");
        Http cadre = userAt(admin, grassroots, "GRASSROOTS_ADMIN", unique("jc"));

        assertThat(cadre.get("/api/orgs/" + grassroots).json().get("parentName").asString()).isEqualTo(townName);
        assertThat(cadre.get("/api/orgs").json().get("items").get(0).get("parentName").asString()).isEqualTo(townName);
        assertThat(cadre.get("/api/orgs/" + town).status()).isEqualTo(404);
    }

    @Test
    void reportsEveryBadFieldInChineseAndSavesNothing() {
        Http admin = admin();
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", 1);
        body.put("name", "");
        body.put("orgType", "DISTRICT_FEDERATION");
        body.put("creditCode", "91350100M000100Y44");
        body.put("divisionCode", "12345");
        body.put("contactPhone", "电话");
        var r = admin.post("/api/orgs", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "creditCode", "divisionCode", "contactPhone");
        assertThat(r.text()).contains("工会名称不能为空").contains("校验位错误").doesNotContain("Exception");
    }

    @Test
    void enforcesTheShapeOfTheTree() {
        Http admin = admin();
        long district = district(admin, unique("区"));
        var group = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("小组"), "orgType", "GROUP"));
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.json().get("detail").asString()).contains("不能设立此类组织");
        var noKind = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("无类型"), "orgType", "GRASSROOTS"));
        assertThat(noKind.json().get("detail").asString()).contains("基层工会类型");
        var city = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("第二市总"), "orgType", "CITY_FEDERATION"));
        assertThat(city.status()).isEqualTo(400);
        var divisionOk = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("有区划"),
                "orgType", "TOWN_FEDERATION", "divisionCode", "440305"));
        assertThat(divisionOk.status()).isEqualTo(201);
    }

    @Test
    void creditCodesAreUnique() {
        Http admin = admin();
        long district = district(admin, unique("区"));
        String code = validCode();
        var first = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("甲"), "orgType", "GRASSROOTS",
                "grassrootsKind", "ENTERPRISE", "creditCode", code));
        assertThat(first.status()).isEqualTo(201);
        var second = admin.post("/api/orgs", Map.of("parentId", district, "name", unique("乙"), "orgType", "GRASSROOTS",
                "grassrootsKind", "ENTERPRISE", "creditCode", code.toLowerCase()));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("detail").asString()).contains("已被其他工会使用");
    }

    @Test
    void aStaleEditIsRefusedAndNoUpdateIsLost() {
        Http admin = admin();
        long id = district(admin, unique("区"));
        JsonNode org = admin.get("/api/orgs/" + id).json();
        var first = admin.put("/api/orgs/" + id, edit(org, "chairName", "张三"));
        assertThat(first.status()).isEqualTo(200);
        var second = admin.put("/api/orgs/" + id, edit(org, "chairName", "李四"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("已被他人修改");
        assertThat(admin.get("/api/orgs/" + id).json().get("chairName").asString()).isEqualTo("张三");
    }

    @Test
    void movingASubtreeRewritesEveryPathInOneStep() {
        Http admin = admin();
        long a = district(admin, unique("甲区"));
        long b = district(admin, unique("乙区"));
        long town = createOrg(admin, a, unique("街道"), "TOWN_FEDERATION", null);
        long g = createOrg(admin, town, unique("公司"), "GRASSROOTS", "ENTERPRISE");
        long sub = createOrg(admin, g, unique("分工会"), "SUB_UNION", null);

        var moved = admin.post("/api/orgs/" + town + "/move", Map.of("newParentId", b));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(admin.get("/api/orgs/" + sub).json().get("path").asString())
                .isEqualTo("/1/" + b + "/" + town + "/" + g + "/" + sub + "/");
        assertThat(admin.get("/api/orgs?under=" + a).json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/orgs?under=" + b).json().get("total").asLong()).isEqualTo(4);

        var intoOwnChild = admin.post("/api/orgs/" + town + "/move", Map.of("newParentId", g));
        assertThat(intoOwnChild.status()).isEqualTo(400);
        var root = admin.post("/api/orgs/1/move", Map.of("newParentId", a));
        assertThat(root.status()).isEqualTo(400);
        var audit = admin.get("/api/audit?action=MOVE&entityId=" + town).json();
        assertThat(audit.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void dissolvingHandsChildrenToTheUpperUnionAndClosesItsAccounts() {
        Http admin = admin();
        long district = district(admin, unique("区"));
        long town = createOrg(admin, district, unique("街道"), "TOWN_FEDERATION", null);
        long g = createOrg(admin, town, unique("公司"), "GRASSROOTS", "ENTERPRISE");
        String username = unique("townadmin");
        userAt(admin, town, "DISTRICT_ADMIN", username);

        var r = admin.post("/api/orgs/" + town + "/dissolve", Map.of("on", "2026-01-05", "reason", "街道撤并"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(r.json().get("successorId").asLong()).isEqualTo(district);
        JsonNode child = admin.get("/api/orgs/" + g).json();
        assertThat(child.get("parentId").asLong()).isEqualTo(district);
        assertThat(child.get("path").asString()).isEqualTo("/1/" + district + "/" + g + "/");
        assertThat(admin.get("/api/users?q=" + username).json().get("items").get(0).get("enabled").asBoolean()).isFalse();

        var again = admin.post("/api/orgs/" + town + "/dissolve", Map.of("on", "2026-01-05", "reason", "重复"));
        assertThat(again.status()).isEqualTo(409);
        var future = admin.post("/api/orgs/" + g + "/dissolve", Map.of("on", "2999-01-01", "reason", "未来"));
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void mergingMovesChildrenToTheReceivingUnion() {
        Http admin = admin();
        long district = district(admin, unique("区"));
        long a = createOrg(admin, district, unique("甲公司"), "GRASSROOTS", "ENTERPRISE");
        long b = createOrg(admin, district, unique("乙公司"), "GRASSROOTS", "ENTERPRISE");
        long sub = createOrg(admin, a, unique("车间分工会"), "SUB_UNION", null);
        var r = admin.post("/api/orgs/" + a + "/merge", Map.of("intoId", b, "on", "2026-03-01", "reason", "企业合并"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(admin.get("/api/orgs/" + sub).json().get("parentId").asLong()).isEqualTo(b);
        var intoFederation = admin.post("/api/orgs/" + b + "/merge", Map.of("intoId", district, "on", "2026-03-01", "reason", "x"));
        assertThat(intoFederation.status()).isEqualTo(400);
    }

    @Test
    void auditRecordsEveryChangeWithBeforeAndAfter() {
        Http admin = admin();
        long id = district(admin, unique("区"));
        JsonNode org = admin.get("/api/orgs/" + id).json();
        admin.put("/api/orgs/" + id, edit(org, "contactPhone", "13800138000"));
        JsonNode entries = admin.get("/api/audit?entity=UnionOrg&entityId=" + id).json().get("items");
        assertThat(entries.valueStream().map(e -> e.get("action").asString())).contains("CREATE", "UPDATE");
        String changes = entries.valueStream().filter(e -> e.get("action").asString().equals("UPDATE"))
                .findFirst().orElseThrow().get("changes").asString();
        assertThat(changes).contains("contactPhone").contains("138****8000").doesNotContain("13800138000");
    }

    static Map<String, Object> edit(JsonNode org, String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        for (String f : List.of("name", "shortName", "orgType", "grassrootsKind", "creditCode", "legalPersonCertNo",
                "divisionCode", "address", "foundedOn", "chairName", "contactName", "contactPhone", "version")) {
            JsonNode v = org.get(f);
            body.put(f, v == null || v.isNull() ? null : v.isNumber() ? v.asLong() : v.asString());
        }
        body.put(field, value);
        return body;
    }

    static String validCode() {
        String first17 = "81440300MC" + String.format("%07d", (System.nanoTime() / 1000) % 10_000_000);
        return first17 + CreditCodes.checkChar(first17);
    }
}
