package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/** Refused requests (foreign ids, missing permissions) leave a trace: 越权尝试 in the audit log, rate-limited. */
class DeniedAccessAuditApiTest extends ApiTestBase {

    @Test
    void foreignIdsAndMissingPermissionsAreAuditedAsDenied() {
        Http admin = admin();
        long own = district(admin, unique("本区"));
        long foreign = district(admin, unique("邻区"));
        String name = unique("prober");
        Http prober = signIn(name, userWithPassword(admin, own, "VIEWER", name));

        assertThat(prober.get("/api/orgs/" + foreign).status()).isEqualTo(404);
        assertThat(prober.post("/api/orgs", java.util.Map.of("parentId", own, "name", "x", "orgType", "DISTRICT_FEDERATION"))
                .status()).isEqualTo(403);
        var audit = admin.get("/api/audit?action=DENIED&username=" + name).json();
        assertThat(audit.get("total").asLong()).isEqualTo(2);
        assertThat(audit.get("items").get(1).get("summary").asString()).contains("/api/orgs/" + foreign).contains("404");

        for (int i = 0; i < 40; i++) {
            prober.get("/api/orgs/" + foreign);
        }
        assertThat(admin.get("/api/audit?action=DENIED&username=" + name).json().get("total").asLong())
                .as("at most 30 per account in ten minutes").isEqualTo(30);
    }

    private Http signIn(String name, String password) {
        Http http = new Http(port);
        assertThat(http.login(name, password).status()).isEqualTo(200);
        return http;
    }
}
