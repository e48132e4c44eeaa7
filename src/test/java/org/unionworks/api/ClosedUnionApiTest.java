package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

/**
 * A dissolved union hands every record to its successor, as the README promises, and takes no new
 * record, account or import row afterwards.
 */
class ClosedUnionApiTest extends ApiTestBase {

    @Test
    void aClosedUnionsRecordsPassToItsSuccessorAndItTakesNoNewOnes() {
        Http admin = admin();
        String today = LocalDate.now().toString();
        String lastMonth = LocalDate.now().minusDays(30).toString();
        long district = district(admin, unique("撤销区"));
        long union = createOrg(admin, district, unique("将撤销工会"), "GRASSROOTS", "ENTERPRISE");
        Map<String, Map<String, Object>> creates = Map.of(
                "/api/rectifications", Map.of("unionId", union, "source", "AUDIT", "category", "ASSETS",
                        "description", "台账不全", "ownerPerson", "王会计", "foundOn", lastMonth, "deadline", today),
                "/api/rules", Map.of("unionId", union, "title", "报销办法", "category", "FINANCE", "on", today, "body", "第一条"),
                "/api/rights/cases", Map.of("unionId", union, "kind", "WAGE_ARREARS", "employerName", "某厂",
                        "workersCount", 3, "acceptedOn", today),
                "/api/honorees", Map.of("unionId", union, "kind", "PERSON", "name", "劳模", "idNumber", People.idNumber()),
                "/api/activities", Map.of("unionId", union, "kind", "TRAINING", "heldOn", today, "topic", "培训",
                        "participants", 10));
        Map<String, Long> ids = new java.util.HashMap<>();
        creates.forEach((path, body) -> {
            var r = admin.post(path, body);
            assertThat(r.status()).as(path + " → " + r).isEqualTo(201);
            ids.put(path, r.json().get("id").asLong());
        });

        var closed = admin.post("/api/orgs/" + union + "/dissolve", Map.of("on", today, "reason", "企业关闭"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        for (String path : List.of("/api/rectifications", "/api/rules", "/api/rights/cases", "/api/honorees")) {
            var record = admin.get(path + "/" + ids.get(path));
            assertThat(record.json().get("unionId").asLong()).as(path + " handed to the upper union").isEqualTo(district);
        }
        creates.forEach((path, body) -> {
            var again = admin.post(path, body.containsKey("idNumber")
                    ? Map.of("unionId", union, "kind", "PERSON", "name", "劳模二", "idNumber", People.idNumber()) : body);
            assertThat(again.status()).as(path + " → " + again).isEqualTo(400);
            assertThat(again.text()).contains("已撤销或已合并");
        });
        var account = admin.post("/api/users", Map.of("username", unique("closed").replace("_", ""), "displayName", "撤销工会用户",
                "unionId", union, "roleIds", List.of(roleId(admin, "VIEWER"))));
        assertThat(account.status()).as(account.toString()).isEqualTo(400);
        String csv = "*主办工会编号,*日期,*主题,*形式\n".replace("*", "") + union + "," + today + ",讲座,LECTURE\n";
        var imported = admin.importFile("/api/rights/outreach/import", "o.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.text()).as(imported.toString()).contains("已撤销或已合并");
    }

    /** A previewed import whose union closes before the commit fails whole, and then shows no preview counts. */
    @Test
    void aPreviewedImportFailsWithoutItsPreviewCountsWhenItsUnionClosesMeanwhile() throws Exception {
        Http admin = admin();
        long district = district(admin, unique("预览区"));
        long union = createOrg(admin, district, unique("预览后撤销"), "GRASSROOTS", "ENTERPRISE");
        String csv = "单位名称,统一社会信用代码,管辖工会编号,职工人数\n" + unique("预览单位") + "," + creditCode() + "," + union + ",30\n";
        var started = admin.upload("/api/employers/import", "e.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = started.json().get("id").asString();
        for (int i = 0; i < 200 && !admin.get("/api/imports/jobs/" + job).json().get("status").asString().equals("READY"); i++) {
            Thread.sleep(50);
        }
        assertThat(admin.get("/api/imports/jobs/" + job).json().get("created").asInt()).isEqualTo(1);
        admin.post("/api/orgs/" + union + "/dissolve", Map.of("on", LocalDate.now().toString(), "reason", "撤销"));
        admin.post("/api/imports/jobs/" + job + "/commit", Map.of());
        var finished = admin.get("/api/imports/jobs/" + job).json();
        for (int i = 0; i < 200 && List.of("READY", "WRITING").contains(finished.get("status").asString()); i++) {
            Thread.sleep(50);
            finished = admin.get("/api/imports/jobs/" + job).json();
        }
        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("FAILED");
        assertThat(finished.get("created").asInt()).as("nothing was created").isZero();
        assertThat(finished.get("written").asBoolean()).isFalse();
    }
}
