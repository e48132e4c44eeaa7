package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionworks.api.MemberApiTest.part;
import static org.unionworks.api.MemberApiTest.value;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * Last year's model-worker ledger entered through the API: honors and care on their real dates, a wrong
 * record corrected and a mistaken one withdrawn (each with its reason in the audit log), and last
 * year's figures equal to the sums worked out by hand.
 */
class HonorHistoryApiTest extends ApiTestBase {

    private static final int YEAR = LocalDate.now(FEDERATION).getYear() - 1;

    private Http admin;
    private Http cadre;
    private long district;
    private final Map<String, Long> titles = new HashMap<>();

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("补录劳模区"));
        cadre = userAt(admin, district, "DISTRICT_ADMIN", unique("honor"));
        admin.get("/api/honor-titles").json().forEach(t -> titles.put(t.get("name").asString(), t.get("id").asLong()));
    }

    private long person(String name) {
        var r = cadre.post("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", name, "idNumber", People.idNumber()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode award(long honoree, String title, int year) {
        var r = cadre.post("/api/honorees/" + honoree + "/awards", Map.of("titleId", titles.get(title), "year", year));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("honors").valueStream().filter(h -> h.get("title").asString().equals(title)).findFirst().orElseThrow();
    }

    private JsonNode care(long honoree, String kind, String on, int amount) {
        var r = cadre.post("/api/honorees/" + honoree + "/care", Map.of("kind", kind, "on", on, "amount", amount));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("care").valueStream().filter(c -> c.get("careOn").asString().equals(on)
                && c.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void wrongHonorsAndCareAreCorrectedOrWithdrawnWithAReason() {
        long a = person("补录劳模甲");
        long b = person("补录劳模乙");
        JsonNode medal = award(a, "省五一劳动奖章", YEAR - 1);
        JsonNode typo = award(b, "省劳动模范", YEAR);
        care(a, "VISIT", YEAR + "-01-20", 1000);
        JsonNode wrongCare = care(a, "HEALTH", YEAR + "-05-10", 800);
        JsonNode mistakenCare = care(b, "VISIT", YEAR + "-02-01", 5000);

        Map<String, Object> fix = new HashMap<>(Map.of("titleId", titles.get("省五一劳动奖章"), "year", YEAR,
                "version", medal.get("version").asLong()));
        assertThat(cadre.put("/api/honor-awards/" + medal.get("id").asLong(), fix).text()).contains("请填写更正原因");
        fix.put("reason", "获奖年份录错");
        var fixed = cadre.put("/api/honor-awards/" + medal.get("id").asLong(), fix);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(cadre.put("/api/honor-awards/" + medal.get("id").asLong(), fix).status()).as("stale version").isEqualTo(409);
        var withdrawn = cadre.post("/api/honor-awards/" + typo.get("id").asLong() + "/withdraw", Map.of("reason", "误录，应为他人"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("honors")).isEmpty();

        Map<String, Object> careFix = new HashMap<>(Map.of("kind", "HEALTH", "on", YEAR + "-05-10", "amount", 600,
                "version", wrongCare.get("version").asLong(), "reason", "体检费按发票为600元"));
        var careFixed = cadre.put("/api/care-records/" + wrongCare.get("id").asLong(), careFix);
        assertThat(careFixed.status()).as(careFixed.toString()).isEqualTo(200);
        assertThat(cadre.post("/api/care-records/" + mistakenCare.get("id").asLong() + "/withdraw", Map.of()).status())
                .isEqualTo(400);
        assertThat(cadre.post("/api/care-records/" + mistakenCare.get("id").asLong() + "/withdraw", Map.of("reason", "录错对象"))
                .json().get("care")).isEmpty();

        JsonNode figures = cadre.get("/api/figures?under=" + district + "&from=" + YEAR + "-01-01&to=" + YEAR + "-12-31&on="
                + YEAR + "-12-31&keys=honor.awards,honor.careAmount,honor.careVisits,honor.visitedHonorees&by=careKind").json();
        assertThat(value(figures, "honor.awards")).as("the medal moved into the year, the typo gone").isEqualTo(1);
        assertThat(value(figures, "honor.careVisits")).isEqualTo(1);
        assertThat(value(figures, "honor.visitedHonorees")).isEqualTo(1);
        assertThat(part(figures, "honor.careAmount", "VISIT")).isEqualByComparingTo("0.10");
        assertThat(part(figures, "honor.careAmount", "HEALTH")).isEqualByComparingTo("0.06");

        assertThat(admin.get("/api/audit?entity=HonorAward&entityId=" + typo.get("id").asLong()).json().get("items").valueStream()
                .map(e -> e.get("action").asString() + " " + e.get("summary").asString())).contains("DELETE 撤回荣誉：误录，应为他人");
        assertThat(admin.get("/api/audit?entity=CareRecord&entityId=" + wrongCare.get("id").asLong()).json().get("items")
                .valueStream().map(e -> e.get("action").asString() + " " + e.get("summary").asString()))
                .contains("UPDATE 更正关爱记录：体检费按发票为600元");
        Http stranger = userAt(admin, district(admin, unique("他区")), "DISTRICT_ADMIN", unique("other"));
        assertThat(stranger.post("/api/care-records/" + wrongCare.get("id").asLong() + "/withdraw", Map.of("reason", "越权"))
                .status()).as("outside the data scope").isEqualTo(404);
    }
}
