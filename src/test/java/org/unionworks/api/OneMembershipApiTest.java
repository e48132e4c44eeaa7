package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.AtOnce;
import org.unionworks.support.Http;
import org.unionworks.support.People;

/**
 * One person is a current member of one union in the whole city, also when two districts register the same ID number at
 * the same moment: on a Citus cluster the database's key holds within a district only and the application keeps it city-wide.
 */
class OneMembershipApiTest extends ApiTestBase {

    private static final int ROUNDS = 8;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoDistrictsRegisteringTheSameNumberAtOnceMakeOneMembership() {
        Http admin = admin();
        long east = district(admin, unique("同号东区"));
        long west = district(admin, unique("同号西区"));
        long eastUnion = createOrg(admin, east, unique("同号东厂"), "GRASSROOTS", "ENTERPRISE");
        long westUnion = createOrg(admin, west, unique("同号西厂"), "GRASSROOTS", "ENTERPRISE");
        Http eastAdmin = userAt(admin, east, "DISTRICT_ADMIN", unique("sameeast"));
        Http westAdmin = userAt(admin, west, "DISTRICT_ADMIN", unique("samewest"));
        for (int round = 0; round < ROUNDS; round++) {
            String idNumber = People.idNumber();
            List<Integer> statuses = AtOnce.run(() -> register(eastAdmin, eastUnion, idNumber),
                    () -> register(westAdmin, westUnion, idNumber)).stream().sorted().toList();
            assertThat(statuses.get(0)).as("round %d: %s", round, statuses).isEqualTo(201);
            // refused by the check (400) or, on PostgreSQL when both checked before either wrote, by the key (409)
            assertThat(statuses.get(1)).as("round %d: %s", round, statuses).isIn(400, 409);
            assertThat(jdbc.queryForObject("select count(*) from member where id_number = ?", Long.class, idNumber)).isEqualTo(1);
        }
    }

    private static int register(Http http, long union, String idNumber) {
        return http.post("/api/members", MemberApiTest.member(union, "同号人", idNumber)).status();
    }
}
