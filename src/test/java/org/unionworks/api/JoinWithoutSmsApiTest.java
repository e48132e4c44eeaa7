package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.CapturedCodes;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * Without an SMS gateway (a sender that does not deliver, as the default one only logs) no code is promised:
 * the public page asks for none, the application is taken, and the union sees that it must call to confirm.
 */
class JoinWithoutSmsApiTest extends ApiTestBase {

    @Test
    void anApplicationIsTakenWithoutACodeAndMarkedForATelephoneCheck() {
        CapturedCodes.withoutGateway(this::applyWithoutACode);
    }

    private void applyWithoutACode() {
        Http admin = admin();
        long district = district(admin, unique("无短信区"));
        long union = createOrg(admin, district, unique("无短信工会"), "GRASSROOTS", "ENTERPRISE");
        Http visitor = new Http(port);
        assertThat(visitor.get("/api/public/join/options").json().get("phoneVerification").asBoolean()).isFalse();
        var code = visitor.post("/api/public/join/code", Map.of("phone", "13800001111"));
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.text()).contains("未开通短信验证");

        var applied = visitor.post("/api/public/join", Map.of("name", "无码申请人", "idNumber", People.idNumber(),
                "phone", "13800001111", "employerName", "某厂", "unionId", union, "consent", true));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().get("message").asString()).contains("与您联系").doesNotContain("通知您");

        Http cadre = userAt(admin, district, "DISTRICT_ADMIN", unique("nosms"));
        JsonNode pending = cadre.get("/api/join-applications?status=PENDING").json().get("items");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("phoneVerified").asBoolean()).isFalse();
    }
}
