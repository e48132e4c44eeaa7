package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * The city federation's own rows (an employer it holds directly) keep district 0, never none: a distributed database
 * places rows by their district and cannot place a missing one, and the city's figures count them while no district's
 * do.
 */
class CityLevelRowsApiTest extends ApiTestBase {

    private static final long CITY = 1;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCityFederationsOwnRowsAreDistrictZeroAndCountedForTheCityOnly() {
        Http admin = admin();
        long district = district(admin, unique("南区"));
        assertThat(jdbc.queryForObject("select district_id from union_org where id = ?", Long.class, CITY)).isZero();

        long employer = EmployerApiTest.createEmployer(admin, CITY, unique("市直单位"), 40);
        String code = jdbc.queryForObject("select credit_code from employer where id = ?", String.class, employer);
        String on = LocalDate.now(FEDERATION).minusDays(1).toString();
        long cityBefore = disclosures(admin, CITY, on);
        long districtBefore = disclosures(admin, district, on);

        var posted = admin.post("/api/disclosures", Map.of("creditCode", code, "publishedOn", on, "channel", "BOARD", "subject", "市直公开"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        long id = posted.json().get("id").asLong();

        assertThat(jdbc.queryForObject("select district_id from disclosure where id = ?", Long.class, id)).isZero();
        assertThat(disclosures(admin, CITY, on)).isEqualTo(cityBefore + 1);
        assertThat(disclosures(admin, district, on)).isEqualTo(districtBefore);
    }

    private static long disclosures(Http admin, long under, String on) {
        for (var figure : admin.get("/api/figures?under=" + under + "&on=" + on + "&from=" + on + "&to=" + on).json()) {
            if (figure.get("key").asString().equals("democracy.disclosures")) {
                return figure.get("value").asLong();
            }
        }
        throw new AssertionError("no democracy.disclosures figure");
    }
}
