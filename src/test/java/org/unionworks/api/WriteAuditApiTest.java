package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * Writes that no entity listener sees (selection campaigns, nominations and their stages, stories,
 * allowance rules, care) still leave an audit row with who, which union, the record and the fields sent.
 */
class WriteAuditApiTest extends ApiTestBase {

    @Test
    void campaignsNominationsStoriesAndCareAreAudited() {
        Http admin = admin();
        long district = district(admin, unique("审计区"));
        long union = createOrg(admin, district, unique("审计厂工会"), "GRASSROOTS", "ENTERPRISE");
        long title = admin.get("/api/honor-titles").json().valueStream()
                .filter(t -> t.get("name").asString().equals("省劳动模范")).findFirst().orElseThrow().get("id").asLong();
        long campaign = admin.post("/api/honor-campaigns", Map.of("name", unique("审计评选"), "year", LocalDate.now().getYear(),
                "nominateFrom", LocalDate.now().minusDays(1).toString(), "nominateTo", LocalDate.now().plusDays(5).toString(),
                "quotas", List.of(Map.of("titleId", title, "quota", 5)))).json().get("id").asLong();
        String nominator = unique("nominator");
        Http unionCadre = new Http(port);
        unionCadre.login(nominator, userWithPassword(admin, union, "GRASSROOTS_ADMIN", nominator));
        String person = People.idNumber();
        long nomination = unionCadre.post("/api/honor-campaigns/" + campaign + "/nominations", Map.of("unionId", union,
                "titleId", title, "name", "候选人", "idNumber", person, "achievements", "技术攻关")).json().get("id").asLong();
        assertThat(admin.post("/api/nominations/" + nomination + "/approve", Map.of("note", "同意")).status()).isEqualTo(200);
        long honoree = admin.post("/api/honorees", Map.of("unionId", district, "kind", "COLLECTIVE", "name", "审计班组"))
                .json().get("id").asLong();
        assertThat(admin.post("/api/honor-stories", Map.of("honoreeId", honoree, "title", "事迹", "body", "正文")).status())
                .isEqualTo(201);

        JsonNode campaigns = audit(admin, "SelectionCampaign");
        assertThat(campaigns.get("total").asLong()).isPositive();
        assertThat(campaigns.get("items").get(0).get("entityId").asString()).isEqualTo(String.valueOf(campaign));
        JsonNode nominations = audit(admin, "Nomination");
        assertThat(nominations.get("total").asLong()).as("created and approved").isGreaterThanOrEqualTo(2);
        JsonNode created = nominations.get("items").valueStream()
                .filter(a -> a.get("username").asString().equals(nominator)).findFirst().orElseThrow();
        assertThat(created.get("changes").asString()).contains("候选人").doesNotContain(person)
                .contains(person.substring(0, 3) + "***********" + person.substring(14));
        assertThat(nominations.get("items").valueStream().filter(a -> a.get("action").asString().equals("UPDATE"))
                .map(a -> a.get("changes").asString()).toList())
                .as("the approval's row names the stage it changed").anyMatch(c -> c.contains("DISTRICT_REVIEW") && c.contains("CITY_REVIEW"));
        assertThat(audit(admin, "Story").get("total").asLong()).isPositive();
    }

    /** A write the entity listener audits gets its row once, not a second one from the net. */
    @Test
    void entityWritesAreAuditedOnce() {
        Http admin = admin();
        long district = district(admin, unique("一次区"));
        JsonNode rows = admin.get("/api/audit?entityId=" + district + "&size=50").json();
        assertThat(rows.get("items").valueStream().filter(a -> a.get("action").asString().equals("CREATE"))
                .map(a -> a.get("entity").asString()).filter(e -> e.endsWith("Org")).toList())
                .as("the listener's row, and no 'Org' row of the net").containsExactly("UnionOrg");
    }

    private static JsonNode audit(Http admin, String entity) {
        return admin.get("/api/audit?entity=" + entity + "&size=50").json();
    }
}
