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

    /**
     * Registering someone who is a member, a needy worker or a model worker elsewhere in the city is
     * refused without saying which of those the person is or where: the rule holds, the secret too.
     */
    @Test
    void aPersonRegisteredOutsideTheSubtreeIsRefusedWithoutSayingWhatOrWhere() {
        Http admin = admin();
        long east = district(admin, unique("东区"));
        long west = district(admin, unique("西区"));
        long eastUnion = createOrg(admin, east, unique("东区工会"), "GRASSROOTS", "ENTERPRISE");
        long westUnion = createOrg(admin, west, unique("西区工会"), "GRASSROOTS", "ENTERPRISE");
        String person = org.unionworks.support.People.idNumber();
        assertThat(admin.post("/api/members", MemberApiTest.member(eastUnion, "东区会员", person)).status()).isEqualTo(201);
        assertThat(admin.post("/api/honorees", java.util.Map.of("unionId", east, "kind", "PERSON", "name", "东区劳模",
                "idNumber", person)).status()).isEqualTo(201);
        String name = unique("westadmin");
        Http westAdmin = signIn(name, userWithPassword(admin, west, "DISTRICT_ADMIN", name));

        var member = westAdmin.post("/api/members", MemberApiTest.member(westUnion, "西区登记", person));
        assertThat(member.status()).isEqualTo(400);
        assertThat(member.text()).contains("不能在本工会登记").doesNotContain("会员（").doesNotContain("东区");
        var honoree = westAdmin.post("/api/honorees", java.util.Map.of("unionId", west, "kind", "PERSON", "name", "西区劳模",
                "idNumber", person));
        assertThat(honoree.status()).isEqualTo(400);
        assertThat(honoree.text()).contains("不能在本工会登记").doesNotContain("劳模库中");
        var audit = admin.get("/api/audit?action=DENIED&username=" + name).json();
        assertThat(audit.get("items").valueStream().map(a -> a.get("summary").asString()))
                .anyMatch(sum -> sum.startsWith("跨范围重复登记（会员）")).anyMatch(sum -> sum.startsWith("跨范围重复登记（劳模库）"));
    }
}
