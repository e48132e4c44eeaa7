package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** 会员代表大会: the roster of representatives, the yearly meeting, and an election in which only representatives vote. */
class MembersCongressApiTest extends ApiTestBase {

    private static long value(JsonNode figures, String key) {
        for (JsonNode f : figures) {
            if (f.get("key").asString().equals(key)) {
                return f.get("value").asLong();
            }
        }
        throw new AssertionError("no figure " + key);
    }

    @Test
    void representativesServeMeetAndAloneVoteInTheCongressElection() {
        Http admin = admin();
        long district = district(admin, unique("代表区"));
        long union = createOrg(admin, district, unique("电厂工会"), "GRASSROOTS", "ENTERPRISE");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(People.idNumber(LocalDate.of(1980 + i, 5, 5), i < 3));
            MemberApiTest.register(admin, union, "代表" + i, ids.get(i));
        }
        String reserved = People.idNumber(LocalDate.of(1975, 5, 5), false);
        long reservedId = MemberApiTest.register(admin, union, "保留者", reserved);
        admin.post("/api/members/" + reservedId + "/status", Map.of("action", "RESERVE", "on", "2025-03-01", "reason", "失业"));
        LocalDate today = LocalDate.now();

        Map<String, Object> congress = new HashMap<>(Map.of("unionId", union, "standing", true, "establishedOn",
                today.minusYears(2).toString(), "seats", 5));
        assertThat(admin.post("/api/members-congresses", congress).text()).contains("任期起止日期");
        congress.put("termStartsOn", today.minusYears(2).toString());
        congress.put("termEndsOn", today.plusYears(3).toString());
        var created = admin.post("/api/members-congresses", congress);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        congress.put("version", created.json().get("version").asLong());
        assertThat(admin.put("/api/members-congresses/" + id, congress).status()).isEqualTo(200);

        String elected = today.minusYears(2).plusDays(1).toString();
        assertThat(admin.post("/api/members-congresses/" + id + "/representatives", Map.of("idNumber", reserved, "electedOn", elected)).text())
                .contains("保留会籍");
        JsonNode view = null;
        for (int i = 0; i < 5; i++) {
            var added = admin.post("/api/members-congresses/" + id + "/representatives", Map.of("idNumber", ids.get(i), "electedOn", elected,
                    "frontline", i % 2 == 0));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            view = added.json();
        }
        assertThat(admin.post("/api/members-congresses/" + id + "/representatives", Map.of("idNumber", ids.get(5), "electedOn", elected))
                .status()).as("five seats").isEqualTo(409);
        long leaving = view.get("roster").get(4).get("id").asLong();
        var ended = admin.post("/api/members-congresses/" + id + "/representatives/" + leaving + "/end", Map.of("on", today.toString()));
        assertThat(ended.json().get("representatives").asLong()).as(ended.toString()).isEqualTo(4);
        assertThat(ended.json().get("womenShare").doubleValue()).as("3 women of 4").isEqualTo(75.0);

        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=MEMBERS_CONGRESS_NOT_HELD&under=" + union).json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.post("/api/members-congresses/" + id + "/meetings", Map.of("heldOn", today.toString(), "title", "x", "expected", 4,
                "present", 5)).status()).isEqualTo(400);
        var met = admin.post("/api/members-congresses/" + id + "/meetings", Map.of("heldOn", today.minusDays(1).toString(),
                "title", "二届三次会员代表大会", "expected", 4, "present", 4, "decisions", "通过工会工作报告"));
        assertThat(met.json().get("meetings").asLong()).as(met.toString()).isEqualTo(1);
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=MEMBERS_CONGRESS_NOT_HELD&under=" + union).json().get("total").asLong()).isZero();

        // the last 60 days: yesterday's meeting falls in it even on 1 January
        JsonNode f = admin.get("/api/figures?under=" + district + "&" + recentPeriod()
                + "&keys=democracy.membersCongresses,democracy.representatives,"
                + "democracy.frontlineRepresentatives,democracy.membersCongressMeetings").json();
        assertThat(value(f, "democracy.membersCongresses")).isEqualTo(1);
        assertThat(value(f, "democracy.representatives")).isEqualTo(4);
        assertThat(value(f, "democracy.frontlineRepresentatives")).as("代表0 and 代表2").isEqualTo(2);
        assertThat(value(f, "democracy.membersCongressMeetings")).isEqualTo(1);

        long term = admin.post("/api/orgs/" + union + "/terms", Map.of("startsOn", today.minusYears(5).plusDays(10).toString(),
                "lengthYears", 5)).json().get("id").asLong();
        long election = admin.post("/api/terms/" + term + "/election", Map.of("plannedOn", today.toString(), "approvalNo", "区工发1号",
                "approvedOn", today.minusDays(30).toString())).json().get("electionId").asLong();
        Http unionUser = userAt(admin, union, "GRASSROOTS_ADMIN", unique("dd"));
        long process = unionUser.post("/api/election-processes", Map.of("electionId", election, "mode", "CONGRESS", "committeeSeats", 1))
                .json().get("id").asLong();
        unionUser.post("/api/election-processes/" + process + "/candidates", Map.of("body", "COMMITTEE", "idNumber", ids.get(0)));
        var last = unionUser.post("/api/election-processes/" + process + "/candidates", Map.of("body", "COMMITTEE", "idNumber", ids.get(1)));
        var submitted = unionUser.post("/api/election-processes/" + process + "/submission?version=" + last.json().get("version").asLong(), Map.of());
        admin.post("/api/election-processes/" + process + "/candidates-review", Map.of("approved", true, "approvalNo", "区工发2号",
                "approvedOn", today.toString(), "version", submitted.json().get("version").asLong()));
        var ballots = unionUser.post("/api/election-processes/" + process + "/ballots", Map.of("idNumbers",
                List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(6))));
        assertThat(ballots.json().get("issued").asInt()).as(ballots.toString()).isEqualTo(3);
        assertThat(ballots.json().get("refused").get(0).get("reason").asString()).contains("不是会员代表");
        JsonNode p = unionUser.get("/api/election-processes/" + process).json();
        List<Map<String, Object>> votes = new ArrayList<>();
        p.get("candidates").forEach(c -> votes.add(Map.of("candidateId", c.get("id").asLong(), "votes", c.get("name").asString()
                .equals("代表0") ? 3 : 0)));
        var voted = unionUser.post("/api/election-processes/" + process + "/result", Map.of("votingOn", today.toString(),
                "ballotsReturned", 3, "votes", votes, "version", p.get("version").asLong()));
        assertThat(voted.json().get("electorate").asInt()).as(voted.toString()).as("the representatives serving on the day").isEqualTo(4);
    }

    @Test
    void theRosterImportsFromTheElectionsSheet() {
        Http admin = admin();
        long district = district(admin, unique("名单区"));
        long union = createOrg(admin, district, unique("钢厂工会"), "GRASSROOTS", "ENTERPRISE");
        String first = People.idNumber(LocalDate.of(1982, 3, 3), true);
        String second = People.idNumber(LocalDate.of(1983, 3, 3), false);
        MemberApiTest.register(admin, union, "甲代表", first);
        MemberApiTest.register(admin, union, "乙代表", second);
        String header = "工会,身份证号码,当选日期,一线职工\n";
        var none = admin.importFile("/api/members-congresses/import", "名单.csv", (header + union + "," + first + ",2026-03-15,是\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(none.toString()).contains("尚未登记会员代表大会");
        long id = admin.post("/api/members-congresses", Map.of("unionId", union, "standing", false, "establishedOn", "2026-01-01",
                "seats", 30)).json().get("id").asLong();
        var done = admin.importFile("/api/members-congresses/import", "名单.csv", (header + union + "," + first + ",2026-03-15,是\n"
                + union + "," + second + ",2026-03-15,否\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode view = admin.get("/api/members-congresses/" + id).json();
        assertThat(view.get("representatives").asLong()).isEqualTo(2);
        assertThat(view.get("frontlineShare").doubleValue()).isEqualTo(50.0);
        var sheet = admin.get("/api/members-congresses/export?under=" + district);
        assertThat(sheet.status()).isEqualTo(200);
    }

    /**
     * On PostgreSQL the city's and a district's representatives come from a tally kept by triggers (V59_1): it equals the
     * rows on several days after electing, ending a mandate, edits in SQL, a deletion, the union moved to another district
     * and a compaction.
     */
    @Test
    void representativesFromTheTallyEqualTheRowsThroughEveryChange() {
        Http admin = admin();
        long district = district(admin, unique("代表统计区"));
        long union = createOrg(admin, district, unique("船厂工会"), "GRASSROOTS", "ENTERPRISE");
        LocalDate today = LocalDate.now();
        Map<String, Object> congress = new HashMap<>(Map.of("unionId", union, "standing", false,
                "establishedOn", today.minusYears(1).toString(), "seats", 10));
        long id = admin.post("/api/members-congresses", congress).json().get("id").asLong();
        List<Long> roster = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String idNumber = People.idNumber(LocalDate.of(1981 + i, 3, 3), i % 3 == 0);
            MemberApiTest.register(admin, union, "统计代表" + i, idNumber);
            var added = admin.post("/api/members-congresses/" + id + "/representatives", Map.of("idNumber", idNumber,
                    "electedOn", today.minusDays(40 - i * 7).toString(), "frontline", i % 2 == 0));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            roster.add(jdbc.queryForObject("select max(id) from congress_representative where congress_id = ?", Long.class, id));
        }
        admin.post("/api/members-congresses/" + id + "/representatives/" + roster.get(0) + "/end", Map.of("on", today.minusDays(5).toString()));
        assertSameAsRows("after electing and a mandate ended", district);

        jdbc.update("update congress_representative set sex = 'FEMALE', frontline = true, elected_on = ? where id = ?",
                today.minusDays(3), roster.get(1));
        jdbc.update("update congress_representative set ended_on = ? where id = ?", today.plusDays(4), roster.get(2));
        jdbc.update("delete from congress_representative where id = ?", roster.get(3));
        assertSameAsRows("after edits and a deletion", district);

        long other = district(admin, unique("代表迁入区"));
        assertThat(admin.post("/api/orgs/" + union + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertSameAsRows("after the union moved", district, other);
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "representative_tally");
            assertSameAsRows("after compaction", district, other);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    private void assertSameAsRows(String when, long... districts) {
        Http admin = admin();
        LocalDate today = LocalDate.now();
        List<Long> scopes = new ArrayList<>(List.of(1L));
        java.util.Arrays.stream(districts).forEach(scopes::add);
        for (long scope : scopes) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate on : List.of(today.minusDays(35), today.minusDays(5), today, today.plusDays(4), today.plusDays(10))) {
                String serving = " from congress_representative r join members_congress c on c.id = r.congress_id"
                        + " join union_org u on u.id = c.union_id where u.path like ? and r.elected_on <= ?"
                        + " and (r.ended_on is null or r.ended_on > ?)";
                JsonNode f = admin.get("/api/figures?under=" + scope + "&on=" + on + "&by=representativeSex"
                        + "&keys=democracy.representatives,democracy.frontlineRepresentatives").json();
                String as = when + ", union " + scope + " on " + on;
                assertThat(value(f, "democracy.representatives")).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + serving, Long.class, path, on, on));
                assertThat(value(f, "democracy.frontlineRepresentatives")).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + serving + " and r.frontline", Long.class, path, on, on));
                Map<String, Long> bySex = new HashMap<>();
                jdbc.query("select r.sex, count(*)" + serving + " group by r.sex", rs -> {
                    bySex.put(rs.getString(1), rs.getLong(2));
                }, path, on, on);
                Map<String, Long> parts = DemocracyApiTest.nonzeroParts(MemberApiTest.find(f, "democracy.representatives"));
                assertThat(parts).as(as + " by sex").isEqualTo(bySex);
            }
        }
    }
}
