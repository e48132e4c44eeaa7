package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionworks.api.MemberApiTest.value;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * 职工人数 on a date is the count registered for that date: counts from last year entered now, a count
 * changed today, and the figures of each date (on PostgreSQL through the tally, on H2 from the rows).
 */
class EmployeeCountHistoryApiTest extends ApiTestBase {

    private static final int YEAR = LocalDate.now(FEDERATION).getYear() - 1;

    private Http admin;
    private long district;
    private long employer;

    @BeforeEach
    void anEmployerCoveredSinceLastYear() {
        admin = admin();
        district = district(admin, unique("人数区"));
        long union = createOrg(admin, district, unique("人数厂工会"), "GRASSROOTS", "ENTERPRISE");
        employer = EmployerApiTest.createEmployer(admin, district, unique("人数厂"), 100);
        var covered = admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", YEAR + "-01-01"));
        assertThat(covered.status()).as(covered.toString()).isEqualTo(201);
    }

    private long employeesOn(String day) {
        return value(admin.get("/api/figures?under=" + district + "&on=" + day + "&keys=org.employees").json(), "org.employees");
    }

    private Http.Response recount(String on, int employees) {
        return admin.post("/api/employers/" + employer + "/headcounts", Map.of("countedOn", on, "employees", employees));
    }

    @Test
    void eachDateTakesTheCountOfThatDate() {
        assertThat(recount(YEAR + "-01-01", 80).status()).isEqualTo(200);
        var history = recount(YEAR + "-07-01", 120);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().valueStream().map(h -> h.get("employees").asInt())).containsExactly(100, 120, 80);
        assertThat(admin.get("/api/employers/" + employer).json().get("employeeCount").asInt())
                .as("a past count leaves the current one").isEqualTo(100);

        assertThat(employeesOn(YEAR + "-03-31")).isEqualTo(80);
        assertThat(employeesOn(YEAR + "-09-30")).isEqualTo(120);
        assertThat(employeesOn(LocalDate.now().toString())).isEqualTo(100);

        JsonNode e = admin.get("/api/employers/" + employer).json();
        Map<String, Object> body = EmployerApiTest.employer(district, e.get("name").asString(), e.get("creditCode").asString(), 110);
        body.put("version", e.get("version").asLong());
        body.put("registeredOn", "2020-01-01");
        assertThat(admin.put("/api/employers/" + employer, body).status()).isEqualTo(200);
        assertThat(employeesOn(LocalDate.now().toString())).as("today's count replaced").isEqualTo(110);
        assertThat(employeesOn(YEAR + "-09-30")).as("last year's unchanged").isEqualTo(120);
        assertThat(admin.get("/api/employers/" + employer + "/headcounts").json()).hasSize(3);
    }

    @Test
    void aCountIsCheckedLikeTheEmployersOwn() {
        assertThat(recount(LocalDate.now().plusDays(1).toString(), 90).text()).contains("核定日期应在1900年到今天之间");
        assertThat(recount(LocalDate.now().toString(), -1).text()).contains("职工人数不能为负数");
        assertThat(recount(LocalDate.now().toString(), 10).text()).as("50 women of 100 stay").contains("不能超过职工总数");
        assertThat(recount(YEAR + "-06-01", 10).status()).as("a past count does not touch today's women").isEqualTo(200);
        assertThat(employeesOn(YEAR + "-06-01")).isEqualTo(10);
        Http stranger = userAt(admin, district(admin, unique("他区")), "DISTRICT_ADMIN", unique("other"));
        assertThat(stranger.post("/api/employers/" + employer + "/headcounts", Map.of("countedOn", YEAR + "-06-01",
                "employees", 1)).status()).isEqualTo(404);
        assertThat(stranger.get("/api/employers/" + employer + "/headcounts").status()).isEqualTo(404);
    }
}
