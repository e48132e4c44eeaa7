package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.AtOnce;
import org.unionworks.support.Forms;
import org.unionworks.support.Http;
import org.unionworks.support.People;

/**
 * One person has one submitted or open needy-worker file in the whole city (一户一档), also when two districts submit the
 * same ID number at the same moment: on a Citus cluster the files lie in their districts' shards and the database's key
 * holds within a district only, and the application keeps it city-wide. In every other round the second district names
 * the person as a member of another worker's household, which no key of any database covers.
 */
class OneOpenFileApiTest extends ApiTestBase {

    private static final int ROUNDS = 8;
    private static final String DIVISION = "440305";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoDistrictsFilingTheSamePersonAtOnceMakeOneOpenFile() {
        Http admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", DIVISION, "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        long east = district(admin, unique("一档东区"));
        long west = district(admin, unique("一档西区"));
        long eastUnion = createOrg(admin, east, unique("一档东厂"), "GRASSROOTS", "ENTERPRISE");
        long westUnion = createOrg(admin, west, unique("一档西厂"), "GRASSROOTS", "ENTERPRISE");
        Http eastAdmin = userAt(admin, east, "DISTRICT_ADMIN", unique("fileeast"));
        Http westAdmin = userAt(admin, west, "DISTRICT_ADMIN", unique("filewest"));
        for (int round = 0; round < ROUNDS; round++) {
            String idNumber = People.idNumber();
            boolean household = round % 2 == 1;
            List<String> statuses = AtOnce.run(() -> submit(eastAdmin, eastUnion, idNumber, false),
                    () -> submit(westAdmin, westUnion, idNumber, household)).stream().sorted().toList();
            assertThat(statuses.get(0)).as("round %d: %s", round, statuses).startsWith("201");
            // refused by the check (400) or, on PostgreSQL when both checked before either wrote, by the key (409)
            assertThat(statuses.get(1).substring(0, 3)).as("round %d: %s", round, statuses).isIn("400", "409");
            assertThat(jdbc.queryForObject("select count(*) from hardship_file where id_number = ?", Long.class, idNumber)
                    + jdbc.queryForObject("select count(*) from household_member where id_number = ?", Long.class, idNumber))
                    .as("round %d: files naming the person", round).isEqualTo(1);
        }
    }

    private static String submit(Http http, long union, String idNumber, boolean asHousehold) {
        Map<String, Object> f = Forms.hardshipFile(union, DIVISION);
        if (asHousehold) {
            f.put("household", List.of(Map.of("name", "配偶", "relation", "配偶", "idNumber", idNumber, "monthlyIncome", 0)));
        } else {
            f.put("idNumber", idNumber);
        }
        var r = http.post("/api/hardship-files", f);
        return r.status() + " " + r.text();
    }
}
