package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * An upper union may enter a needy-worker file, a census return or a nomination for a lower union,
 * but the account that entered or last changed it never approves it: another account does.
 */
class MakerCheckerApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private long union;
    private Http maker;
    private Http checker;

    @BeforeEach
    void twoCadresOfOneDistrict() {
        admin = admin();
        district = district(admin, unique("复核区"));
        union = createOrg(admin, district, unique("复核厂工会"), "GRASSROOTS", "ENTERPRISE");
        maker = userAt(admin, district, "DISTRICT_ADMIN", unique("maker"));
        checker = userAt(admin, district, "DISTRICT_ADMIN", unique("checker"));
    }

    @Test
    void theOneWhoEnteredANeedyWorkerFileDoesNotApproveIt() {
        admin.post("/api/living-standards", Map.of("divisionCode", "440308", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        Map<String, Object> f = org.unionworks.support.Forms.hardshipFile(union, "440308");
        var filed = maker.post("/api/hardship-files", f);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        var self = maker.post("/api/hardship-files/" + id + "/approve", Map.of());
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.text()).contains("不能审批");
        assertThat(checker.post("/api/hardship-files/" + id + "/approve", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theOneWhoFilledACensusReturnDoesNotApproveIt() {
        long census = admin.post("/api/census", Map.of("unionId", district, "name", unique("摸底"),
                "startsOn", LocalDate.now().minusDays(5).toString(), "endsOn", LocalDate.now().plusDays(30).toString()))
                .json().get("id").asLong();
        var filled = maker.put("/api/census/" + census + "/returns/" + union, Map.of("members", 10, "employees", 20));
        assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
        long returnId = filled.json().get("id").asLong();
        assertThat(maker.post("/api/census-returns/" + returnId + "/approve", Map.of()).status()).isEqualTo(403);
        var approved = checker.post("/api/census-returns/" + returnId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    @Test
    void theOneWhoNominatedDoesNotReviewTheNomination() {
        long title = admin.get("/api/honor-titles").json().valueStream()
                .filter(t -> t.get("name").asString().equals("省劳动模范")).findFirst().orElseThrow().get("id").asLong();
        long campaign = admin.post("/api/honor-campaigns", Map.of("name", unique("推荐"), "year", LocalDate.now().getYear(),
                "nominateFrom", LocalDate.now().minusDays(1).toString(), "nominateTo", LocalDate.now().plusDays(5).toString(),
                "quotas", List.of(Map.of("titleId", title, "quota", 5)))).json().get("id").asLong();
        JsonNode nomination = maker.post("/api/honor-campaigns/" + campaign + "/nominations", Map.of("unionId", union,
                "titleId", title, "name", "候选人", "idNumber", People.idNumber(), "achievements", "技术攻关")).json();
        long id = nomination.get("id").asLong();
        var self = maker.post("/api/nominations/" + id + "/approve", Map.of());
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(checker.post("/api/nominations/" + id + "/approve", Map.of()).status()).isEqualTo(200);
    }
}
