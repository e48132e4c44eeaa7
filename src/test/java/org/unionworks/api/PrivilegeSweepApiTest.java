package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The privilege sweep: every built-in role tries every account-changing and role-changing endpoint
 * against every account and role that holds a permission it lacks. Each attempt answers 403 and
 * changes nothing, whatever the actor's own permissions to manage accounts and roles.
 */
class PrivilegeSweepApiTest extends ApiTestBase {

    private static final List<String> BUILT_IN = List.of("SYS_ADMIN", "CITY_ADMIN", "DISTRICT_ADMIN", "GRASSROOTS_ADMIN", "VIEWER");

    @Test
    void noRoleActsOnAnAccountOrRoleHoldingMoreThanItself() {
        Http admin = admin();
        long district = district(admin, unique("提权区"));
        Map<String, Set<String>> held = new HashMap<>();
        Map<String, JsonNode> roles = new HashMap<>();
        for (JsonNode r : admin.get("/api/roles").json()) {
            Set<String> perms = new HashSet<>();
            r.get("permissions").forEach(p -> perms.add(p.asString()));
            held.put(r.get("code").asString(), perms);
            roles.put(r.get("code").asString(), r);
        }
        List<String> attempts = new ArrayList<>();
        for (String actorRole : BUILT_IN) {
            Http actor = userAt(admin, district, actorRole, unique("a" + actorRole.charAt(0)).toLowerCase());
            for (String targetRole : BUILT_IN) {
                if (held.get(actorRole).containsAll(held.get(targetRole))) {
                    continue;
                }
                String targetName = unique("t" + targetRole.charAt(0)).toLowerCase();
                userWithPassword(admin, district, targetRole, targetName);
                JsonNode target = admin.get("/api/users?q=" + targetName).json().get("items").get(0);
                long id = target.get("id").asLong();
                Map<String, Object> disable = Map.of("displayName", "被改", "unionId", district,
                        "roleIds", List.of(roleId(admin, actorRole)), "enabled", false, "version", target.get("version").asLong());
                JsonNode role = roles.get(targetRole);
                Map<String, Object> cut = Map.of("code", targetRole, "name", role.get("name").asString(),
                        "permissions", List.of(), "version", role.get("version").asLong());
                check(attempts, actorRole, targetRole, "reset-password", actor.post("/api/users/" + id + "/reset-password", Map.of()));
                check(attempts, actorRole, targetRole, "unlock", actor.post("/api/users/" + id + "/unlock", Map.of()));
                check(attempts, actorRole, targetRole, "edit/disable", actor.put("/api/users/" + id, disable));
                check(attempts, actorRole, targetRole, "edit role", actor.put("/api/roles/" + role.get("id").asLong(), cut));
                check(attempts, actorRole, targetRole, "delete role", actor.delete("/api/roles/" + role.get("id").asLong()));
                check(attempts, actorRole, targetRole, "reset role", actor.post("/api/roles/" + role.get("id").asLong() + "/reset", Map.of()));
                JsonNode after = admin.get("/api/users/" + id).json();
                assertThat(after.get("enabled").asBoolean()).as(actorRole + " → " + targetRole).isTrue();
                assertThat(after.get("version").asLong()).as(actorRole + " → " + targetRole).isEqualTo(target.get("version").asLong());
            }
        }
        for (String code : BUILT_IN) {
            JsonNode now = null;
            for (JsonNode r : admin.get("/api/roles").json()) {
                if (r.get("code").asString().equals(code)) {
                    now = r;
                }
            }
            assertThat(now.get("version").asLong()).as(code + " unchanged").isEqualTo(roles.get(code).get("version").asLong());
        }
        assertThat(attempts).as("every attempt refused with 403").isEmpty();
    }

    private static void check(List<String> failures, String actor, String target, String action, Http.Response r) {
        if (r.status() != 403) {
            failures.add(actor + " → " + target + " " + action + ": " + r);
        }
    }
}
