package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/** 女职工委员会 where ten women are members, and the special protection of women workers, counted by hand. */
class WomensWorkApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private long large;
    private long small;
    private final LocalDate today = LocalDate.now(FEDERATION);

    @BeforeEach
    void aUnionWithTenWomenAndOneWithThree() {
        admin = admin();
        district = district(admin, unique("女工区"));
        large = createOrg(admin, district, unique("服装厂工会"), "GRASSROOTS", "ENTERPRISE");
        small = createOrg(admin, district, unique("机修厂工会"), "GRASSROOTS", "ENTERPRISE");
        for (int i = 0; i < 10; i++) {
            MemberApiTest.register(admin, large, "女工" + i, People.idNumber(LocalDate.of(1990, 1, 1 + i), true));
        }
        MemberApiTest.register(admin, large, "男工", People.idNumber(LocalDate.of(1990, 2, 1), false));
        for (int i = 0; i < 3; i++) {
            MemberApiTest.register(admin, small, "机修女工" + i, People.idNumber(LocalDate.of(1991, 1, 1 + i), true));
        }
    }

    private static long value(JsonNode figures, String key) {
        for (JsonNode f : figures) {
            if (f.get("key").asString().equals(key)) {
                return f.get("value").asLong();
            }
        }
        throw new AssertionError("no figure " + key);
    }

    @Test
    void aUnionWithTenWomenMembersIsRemindedUntilItsCommitteeIsRegistered() {
        JsonNode lacking = admin.get("/api/womens-committees/lacking?under=" + district).json();
        assertThat(lacking).hasSize(1);
        assertThat(lacking.get(0).get("unionId").asLong()).isEqualTo(large);
        assertThat(lacking.get(0).get("womenMembers").asLong()).isEqualTo(10);
        admin.post("/api/reminders/refresh", Map.of());
        Http districtUser = userAt(admin, district, "DISTRICT_ADMIN", unique("nz"));
        JsonNode reminders = districtUser.get("/api/reminders?kind=WOMENS_COMMITTEE_MISSING").json();
        assertThat(reminders.get("total").asLong()).isEqualTo(1);
        assertThat(reminders.get("items").get(0).get("title").asString()).contains("女会员 10 人");

        Map<String, Object> committee = new HashMap<>(Map.of("unionId", large, "formedOn", today.minusDays(30).toString(),
                "formedBy", "NOMINATION", "chairName", "女工0", "memberNames", "女工0、女工1\n女工2，女工1"));
        var registered = districtUser.post("/api/womens-committees", committee);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("memberCount").asInt()).as("names split and de-duplicated").isEqualTo(3);
        assertThat(districtUser.post("/api/womens-committees", committee).status()).isEqualTo(409);
        assertThat(admin.get("/api/womens-committees/lacking?under=" + district).json()).isEmpty();
        committee.put("memberNames", "女工0 女工1 女工2 女工3");
        committee.put("version", registered.json().get("version").asLong());
        var updated = districtUser.put("/api/womens-committees/" + registered.json().get("id").asLong(), committee);
        assertThat(updated.json().get("memberCount").asInt()).as(updated.toString()).isEqualTo(4);

        JsonNode f = admin.get("/api/figures?under=" + district + "&keys=democracy.womensCommittees,democracy.womensCommitteeMembers").json();
        assertThat(value(f, "democracy.womensCommittees")).isEqualTo(1);
        assertThat(value(f, "democracy.womensCommitteeMembers")).isEqualTo(4);
        assertThat(admin.get("/api/womens-committees/export?under=" + district).status()).isEqualTo(200);
    }

    @Test
    void theProtectionOfAnEmployerShowsItsMotherRoomAndCountsInTheFigures() {
        long employer = EmployerApiTest.createEmployer(admin, district, unique("服装厂"), 400);
        String code = admin.get("/api/employers/" + employer).json().get("creditCode").asString();
        var room = admin.post("/api/service-places", Map.of("unionId", district, "kind", "MOTHER_ROOM", "name", "服装厂爱心妈咪小屋",
                "hostName", "服装厂", "creditCode", code, "address", "一号路1号", "divisionCode", "440304",
                "openedOn", today.minusYears(1).toString()));
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", code, "year", today.getYear(), "fourPeriods", true,
                "checkedOn", today.toString(), "womenWorkers", 260, "screened", 300));
        assertThat(admin.post("/api/womens-protections", body).text()).contains("筛查人数不能多于女职工人数");
        body.put("screened", 180);
        var saved = admin.post("/api/womens-protections", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("motherRooms").get(0).asString()).isEqualTo("服装厂爱心妈咪小屋");
        assertThat(admin.post("/api/womens-protections", body).status()).as("one record per employer and year").isEqualTo(409);
        body.put("screened", 200);
        body.put("version", saved.json().get("version").asLong());
        long id = saved.json().get("id").asLong();
        assertThat(admin.put("/api/womens-protections/" + id, body).json().get("screened").asInt()).isEqualTo(200);
        long other = EmployerApiTest.createEmployer(admin, district, unique("电子厂"), 100);
        String otherCode = admin.get("/api/employers/" + other).json().get("creditCode").asString();
        var notYet = admin.post("/api/womens-protections", Map.of("creditCode", otherCode, "year", today.getYear(), "fourPeriods", false,
                "screened", 20));

        String period = "&from=" + today.withDayOfYear(1) + "&to=" + today;
        JsonNode f = admin.get("/api/figures?under=" + district + period + "&keys=democracy.fourPeriodsEmployers,democracy.protectionChecks,"
                + "democracy.screenedWomen").json();
        assertThat(value(f, "democracy.fourPeriodsEmployers")).isEqualTo(1);
        assertThat(value(f, "democracy.protectionChecks")).isEqualTo(1);
        assertThat(value(f, "democracy.screenedWomen")).isEqualTo(220);
        assertThat(admin.get("/api/womens-protections/export?under=" + district).status()).isEqualTo(200);
        assertThat(admin.delete("/api/womens-protections/" + notYet.json().get("id").asLong()).status()).isEqualTo(204);
        assertThat(admin.get("/api/womens-protections?under=" + district).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theYearlySheetImportsWholeOrNotAtAll() {
        long plant = EmployerApiTest.createEmployer(admin, district, unique("织布厂"), 300);
        long shop = EmployerApiTest.createEmployer(admin, district, unique("印染厂"), 120);
        String a = admin.get("/api/employers/" + plant).json().get("creditCode").asString();
        String b = admin.get("/api/employers/" + shop).json().get("creditCode").asString();
        String header = "单位统一社会信用代码,年度,四期保护落实,专项检查日期,女职工人数,两癌筛查人数\n";
        int year = today.getYear();
        var bad = admin.importFile("/api/womens-protections/import", "错.csv", (header + a + "," + year + ",是,,100,90\n" + b + "," + year
                + ",否,,40,50\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("两癌筛查人数不能多于女职工人数");
        assertThat(admin.get("/api/womens-protections?under=" + district).json().get("total").asLong()).as("nothing of a bad sheet").isZero();
        var good = admin.importFile("/api/womens-protections/import", "女职工.csv", (header + a + "," + year + ",是,,100,90\n" + b + "," + year
                + ",否,,40,30\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(good.json().get("status").asString()).as(good.toString()).isEqualTo("DONE");
        JsonNode f = admin.get("/api/figures?under=" + district + "&from=" + today.withDayOfYear(1) + "&to=" + today
                + "&keys=democracy.fourPeriodsEmployers,democracy.screenedWomen").json();
        assertThat(value(f, "democracy.fourPeriodsEmployers")).isEqualTo(1);
        assertThat(value(f, "democracy.screenedWomen")).isEqualTo(120);
    }

    /**
     * On PostgreSQL the city's and a district's committees and their members come from a tally kept by triggers (V59_4):
     * it equals the rows on several days after registering, editing and dissolving through the API, edits in SQL, a
     * deletion, the union moved to another district and a compaction.
     */
    @Test
    void committeesFromTheTallyEqualTheRowsThroughEveryChange() {
        Map<String, Object> first = new HashMap<>(Map.of("unionId", large, "formedOn", today.minusDays(30).toString(),
                "formedBy", "NOMINATION", "chairName", "女工0", "memberNames", "女工0、女工1、女工2"));
        JsonNode registered = admin.post("/api/womens-committees", first).json();
        Map<String, Object> second = new HashMap<>(Map.of("unionId", small, "formedOn", today.minusDays(20).toString(),
                "formedBy", "ELECTION", "chairName", "机修女工0", "memberNames", "机修女工0、机修女工1"));
        JsonNode other = admin.post("/api/womens-committees", second).json();
        first.put("memberNames", "女工0、女工1、女工2、女工3、女工4");
        first.put("formedOn", today.minusDays(10).toString());
        first.put("version", registered.get("version").asLong());
        assertThat(admin.put("/api/womens-committees/" + registered.get("id").asLong(), first).status()).isEqualTo(200);
        second.put("dissolvedOn", today.minusDays(2).toString());
        second.put("version", other.get("version").asLong());
        assertThat(admin.put("/api/womens-committees/" + other.get("id").asLong(), second).status()).isEqualTo(200);
        assertCommitteesAsRows("after registering, editing and dissolving", district);

        jdbc.update("update womens_committee set formed_by = 'ELECTION', member_count = 7 where id = ?", registered.get("id").asLong());
        jdbc.update("update womens_committee set dissolved_on = null where id = ?", other.get("id").asLong());
        assertCommitteesAsRows("after edits in SQL", district);
        long moved = createOrg(admin, district, unique("纺纱厂工会"), "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/womens-committees", Map.of("unionId", moved, "formedOn", today.minusDays(5).toString(), "formedBy", "NOMINATION",
                "chairName", "甲", "memberNames", "甲、乙"));
        jdbc.update("delete from womens_committee where id = ?", other.get("id").asLong());
        var own = admin.post("/api/womens-committees", Map.of("unionId", district, "formedOn", today.minusDays(9).toString(),
                "formedBy", "ELECTION", "chairName", "区女工0", "memberNames", "区女工0、区女工1"));
        assertThat(own.status()).as("a district federation's own committee (a union of no grassroots kind): " + own).isEqualTo(201);
        assertCommitteesAsRows("after a deletion and a district's own committee", district);

        long elsewhere = district(admin, unique("女工迁入区"));
        assertThat(admin.post("/api/orgs/" + moved + "/move", Map.of("newParentId", elsewhere)).status()).isEqualTo(200);
        assertCommitteesAsRows("after the union moved", district, elsewhere);
        jdbc.update("update union_org set grassroots_kind = 'JOINT' where id = ?", moved);
        assertCommitteesAsRows("after the union's kind changed", district, elsewhere);
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "womens_committee_tally");
            assertCommitteesAsRows("after compaction", district, elsewhere);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    private void assertCommitteesAsRows(String when, long... districts) {
        java.util.List<Long> scopes = new java.util.ArrayList<>(java.util.List.of(1L));
        java.util.Arrays.stream(districts).forEach(scopes::add);
        for (long scope : scopes) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate on : java.util.List.of(today.minusDays(25), today.minusDays(8), today.minusDays(2), today, today.plusDays(3))) {
                String inBeing = " from womens_committee c join union_org u on u.id = c.union_id where u.path like ?"
                        + " and c.formed_on <= ? and (c.dissolved_on is null or c.dissolved_on > ?)";
                JsonNode f = admin.get("/api/figures?under=" + scope + "&on=" + on + "&by=womensCommitteeFormed"
                        + "&keys=democracy.womensCommittees,democracy.womensCommitteeMembers").json();
                String as = when + ", union " + scope + " on " + on;
                assertThat(value(f, "democracy.womensCommittees")).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + inBeing, Long.class, path, on, on));
                assertThat(value(f, "democracy.womensCommitteeMembers")).as(as)
                        .isEqualTo(jdbc.queryForObject("select coalesce(sum(c.member_count), 0)" + inBeing, Long.class, path, on, on));
                Map<String, Long> byFormation = new HashMap<>();
                jdbc.query("select c.formed_by, count(*)" + inBeing + " group by c.formed_by", rs -> {
                    byFormation.put(rs.getString(1), rs.getLong(2));
                }, path, on, on);
                Map<String, Long> parts = DemocracyApiTest.nonzeroParts(MemberApiTest.find(f, "democracy.womensCommittees"));
                assertThat(parts).as(as + " by how formed").isEqualTo(byFormation);
                Map<String, Long> byKind = new HashMap<>();
                jdbc.query("select coalesce(u.grassroots_kind, '-'), count(*)" + inBeing + " group by u.grassroots_kind", rs -> {
                    byKind.put(rs.getString(1), rs.getLong(2));
                }, path, on, on);
                JsonNode kinds = admin.get("/api/figures?under=" + scope + "&on=" + on + "&by=grassrootsKind&keys=democracy.womensCommittees").json();
                assertThat(DemocracyApiTest.nonzeroParts(MemberApiTest.find(kinds, "democracy.womensCommittees"))).as(as + " by union kind")
                        .isEqualTo(byKind);
            }
        }
    }
}
