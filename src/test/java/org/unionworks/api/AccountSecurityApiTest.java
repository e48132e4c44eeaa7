package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Accounts and roles as an insider would attack them: nobody takes over an account that holds more
 * than they do, edits a role that holds more than they do, and an open session never outlives the
 * rights it was opened with.
 */
class AccountSecurityApiTest extends ApiTestBase {

    private Http admin;
    private long district;

    @BeforeEach
    void setUp() {
        admin = admin();
        district = district(admin, unique("账号区"));
    }

    private long userId(String username) {
        return admin.get("/api/users?q=" + username).json().get("items").get(0).get("id").asLong();
    }

    @Test
    void aCityAdministratorCannotTakeOverTheSystemAdministrator() {
        Http city = userAt(admin, 1, "CITY_ADMIN", unique("city"));
        long adminId = userId("admin");
        assertThat(city.post("/api/users/" + adminId + "/reset-password", Map.of()).status()).isEqualTo(403);
        assertThat(city.post("/api/users/" + adminId + "/unlock", Map.of()).status()).isEqualTo(403);
        JsonNode target = admin.get("/api/users/" + adminId).json();
        var edit = city.put("/api/users/" + adminId, Map.of("displayName", "改名", "unionId", 1,
                "roleIds", List.of(roleId(admin, "SYS_ADMIN")), "enabled", false, "version", target.get("version").asLong()));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(403);
        assertThat(admin.get("/api/auth/me").status()).as("the administrator's session goes on").isEqualTo(200);
    }

    @Test
    void aDistrictAdministratorActsOnlyOnAccountsHoldingNoMoreThanItself() {
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        String revealer = unique("rev");
        userWithPassword(admin, district, "CITY_ADMIN", revealer);
        String plain = unique("ga");
        userWithPassword(admin, district, "GRASSROOTS_ADMIN", plain);

        var refused = districtAdmin.post("/api/users/" + userId(revealer) + "/reset-password", Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.text()).contains("不具备的权限").doesNotContain("initialPassword");
        assertThat(districtAdmin.post("/api/users/" + userId(plain) + "/reset-password", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void sessionsEndWhenTheAccountIsDisabledResetMovedOrItsRoleIsCut() {
        String name = unique("s");
        String password = userWithPassword(admin, district, "GRASSROOTS_ADMIN", name);
        long id = userId(name);

        Http session = signIn(name, password);
        JsonNode user = admin.get("/api/users/" + id).json();
        admin.put("/api/users/" + id, Map.of("displayName", "停用", "unionId", district,
                "roleIds", List.of(roleId(admin, "GRASSROOTS_ADMIN")), "enabled", false, "version", user.get("version").asLong()));
        assertThat(session.get("/api/auth/me").status()).as("disabled").isEqualTo(401);

        user = admin.get("/api/users/" + id).json();
        admin.put("/api/users/" + id, Map.of("displayName", "启用", "unionId", district,
                "roleIds", List.of(roleId(admin, "GRASSROOTS_ADMIN")), "enabled", true, "version", user.get("version").asLong()));
        session = signIn(name, password);
        user = admin.get("/api/users/" + id).json();
        admin.put("/api/users/" + id, Map.of("displayName", "降级", "unionId", district,
                "roleIds", List.of(roleId(admin, "VIEWER")), "enabled", true, "version", user.get("version").asLong()));
        assertThat(session.get("/api/orgs?under=" + district).status()).as("role changed").isEqualTo(401);

        session = signIn(name, password);
        String reset = admin.post("/api/users/" + id + "/reset-password", Map.of()).json().get("initialPassword").asString();
        assertThat(session.get("/api/auth/me").status()).as("password reset").isEqualTo(401);

        Http first = signIn(name, reset);
        Http second = signIn(name, reset);
        assertThat(first.post("/api/auth/password", Map.of("oldPassword", reset, "newPassword", "Again-" + reset)).status())
                .isEqualTo(200);
        assertThat(first.get("/api/orgs?under=" + district).status()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(second.get("/api/auth/me").status()).as("the account's other sessions end").isEqualTo(401);
    }

    @Test
    void sessionsOfAClosedUnionEnd() {
        long grassroots = createOrg(admin, district, unique("关闭工会"), "GRASSROOTS", "ENTERPRISE");
        Http session = userAt(admin, grassroots, "GRASSROOTS_ADMIN", unique("closed"));
        assertThat(session.get("/api/auth/me").status()).isEqualTo(200);
        var closed = admin.post("/api/orgs/" + grassroots + "/dissolve", Map.of("on", LocalDate.now().toString(), "reason", "企业关闭"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aRoleEditorCannotCutARoleHoldingMoreThanItselfAndBuiltInRolesCanBeReset() {
        var role = admin.post("/api/roles", Map.of("code", unique("ROLEEDIT").toUpperCase(), "name", unique("角色编辑"),
                "permissions", List.of("role:read", "role:write", "member:read")));
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        Http editor = userWithRole(admin, 1, role.json().get("id").asLong(), unique("editor"));

        long cityRole = roleId(admin, "CITY_ADMIN");
        JsonNode city = role(cityRole);
        var cut = editor.put("/api/roles/" + cityRole, Map.of("code", "CITY_ADMIN", "name", "市总管理员",
                "permissions", List.of("member:read"), "version", city.get("version").asLong()));
        assertThat(cut.status()).as(cut.toString()).isEqualTo(403);
        var richer = admin.post("/api/roles", Map.of("code", unique("RICH").toUpperCase(), "name", unique("多权限"),
                "permissions", List.of("member:read", "member:reveal")));
        long richerId = richer.json().get("id").asLong();
        assertThat(editor.put("/api/roles/" + richerId, Map.of("code", richer.json().get("code").asString(), "name", "x",
                "permissions", List.of("member:read"), "version", richer.json().get("version").asLong())).status())
                .isEqualTo(403);
        assertThat(editor.delete("/api/roles/" + richerId).status()).isEqualTo(403);

        Http cityUser = userAt(admin, 1, "CITY_ADMIN", unique("cu"));
        var byAdmin = admin.put("/api/roles/" + cityRole, Map.of("code", "CITY_ADMIN", "name", "市总管理员",
                "permissions", List.of("member:read"), "version", city.get("version").asLong()));
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(cityUser.get("/api/auth/me").status()).as("holders of an edited role sign in again").isEqualTo(401);
        var reset = admin.post("/api/roles/" + cityRole + "/reset", Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(Set.copyOf(reset.json().get("patterns").valueStream().map(JsonNode::asString).toList()))
                .contains("*:read", "*:write", "user:write", "audit:read");
    }

    private JsonNode role(long id) {
        for (JsonNode r : admin.get("/api/roles").json()) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no role " + id);
    }

    private Http signIn(String username, String password) {
        Http http = new Http(port);
        var r = http.login(username, password);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return http;
    }
}
