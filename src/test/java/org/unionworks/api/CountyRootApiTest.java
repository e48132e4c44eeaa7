package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Issue #27: a 县级市 federation runs its own deployment with 镇（街道）总工会 directly below its root, and renames its
 * root after the first start (audited), not only through the setting read when the database is created.
 */
class CountyRootApiTest extends ApiTestBase {

    @Test
    void townsSitDirectlyUnderTheRootAndTheRootCanBeRenamed() {
        Http admin = admin();
        JsonNode root = admin.get("/api/orgs/1").json();
        String original = root.get("name").asString();
        String county = unique("某某市总工会（县级市）");
        Map<String, Object> rename = new HashMap<>();
        root.properties().forEach(p -> rename.put(p.getKey(), p.getValue().isNull() ? null
                : p.getValue().isNumber() ? p.getValue().numberValue() : p.getValue().isBoolean() ? p.getValue().asBoolean()
                : p.getValue().isString() ? p.getValue().asString() : null));
        rename.put("name", county);
        try {
            var renamed = admin.put("/api/orgs/1", rename);
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            assertThat(admin.get("/api/orgs/1").json().get("name").asString()).isEqualTo(county);
            JsonNode audit = admin.get("/api/audit?entity=UnionOrg&size=20").json().get("items");
            assertThat(audit.valueStream().anyMatch(a -> a.get("entityId").asString().equals("1") && a.toString().contains(county)))
                    .as("the renaming is in the audit log").isTrue();

            long town = createOrg(admin, 1, unique("城关镇总工会"), "TOWN_FEDERATION", null);
            long street = createOrg(admin, 1, unique("东街街道总工会"), "TOWN_FEDERATION", null);
            long factory = createOrg(admin, town, unique("城关机械厂工会"), "GRASSROOTS", "ENTERPRISE");
            MemberApiTest.register(admin, factory, "城关会员", org.unionworks.support.People.idNumber());
            java.time.LocalDate today = java.time.LocalDate.now();
            JsonNode table = admin.get("/api/reports/tables?under=1&from=" + today.withDayOfYear(1) + "&to=" + today).json();
            assertThat(table.get("rows").valueStream().map(r -> r.get("unionId").asLong())).contains(town, street);
            JsonNode townRow = table.get("rows").valueStream().filter(r -> r.get("unionId").asLong() == town).findFirst().orElseThrow();
            assertThat(townRow.get("values").get("org.grassroots").asLong()).isEqualTo(1);
            assertThat(admin.get("/api/figures?under=" + town).text()).contains("org.grassroots");
        } finally {
            rename.put("name", original);
            rename.put("version", admin.get("/api/orgs/1").json().get("version").asLong());
            assertThat(admin.put("/api/orgs/1", rename).status()).isEqualTo(200);
        }
    }
}
