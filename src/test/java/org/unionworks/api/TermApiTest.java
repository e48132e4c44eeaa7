package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/** Committee terms, the expiry dashboard and elections (届期与换届). */
class TermApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private Http admin;
    private long district;
    private long due;
    private long overdue;

    @BeforeEach
    void twoUnionsWithTerms() {
        admin = admin();
        district = district(admin, unique("换届区"));
        due = createOrg(admin, district, unique("将届满工会"), "GRASSROOTS", "ENTERPRISE");
        overdue = createOrg(admin, district, unique("逾期工会"), "GRASSROOTS", "ENTERPRISE");
        LocalDate today = LocalDate.now();
        assertThat(openTerm(due, today.minusYears(5).plusDays(7), 5).status()).isEqualTo(201);
        assertThat(openTerm(overdue, today.minusYears(3).minusMonths(6), 3).status()).isEqualTo(201);
    }

    private Http.Response openTerm(long union, LocalDate startsOn, int years) {
        return admin.post("/api/orgs/" + union + "/terms", Map.of("startsOn", startsOn.toString(), "lengthYears", years,
                "chairName", "张三"));
    }

    /** The figures of the last 60 days: the test's elections, a day or more ago, fall in it even on 1 January. */
    private JsonNode figures(long under, String keys) {
        return admin.get("/api/figures?under=" + under + "&keys=" + keys + "&" + recentPeriod()).json();
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
    void theDashboardListsExpiredAndExpiringTermsByDistrict() {
        JsonNode board = admin.get("/api/terms/due?under=" + district).json();
        assertThat(board.get("expired").asLong()).isEqualTo(1);
        assertThat(board.get("expiring").asLong()).isEqualTo(1);
        assertThat(board.get("expiringItems").get(0).get("unionId").asLong()).isEqualTo(due);
        assertThat(board.get("expiringItems").get(0).get("daysLeft").asLong()).isEqualTo(6);
        assertThat(board.get("expiredItems").get(0).get("unionId").asLong()).isEqualTo(overdue);
        assertThat(board.get("byDistrict").get(0).get("expired").asLong()).isEqualTo(1);

        JsonNode f = figures(district, "org.termsExpiring,org.termsOverdue");
        assertThat(value(f, "org.termsExpiring")).isEqualTo(1);
        assertThat(value(f, "org.termsOverdue")).isEqualTo(1);
    }

    /** Terms keep their union's district (V59_6): a union moved takes its terms' figures to the other district. */
    @Test
    void termsDueCountWhereTheirUnionIsNow() {
        JsonNode city = figures(1, "org.termsExpiring,org.termsOverdue");
        long elsewhere = district(admin, unique("换届迁入区"));
        assertThat(TestDatabase.notPlacedByDistrict(jdbc, "union_term")).as("on Citus, moved by district").isEmpty();
        assertThat(admin.post("/api/orgs/" + overdue + "/move", Map.of("newParentId", elsewhere)).status()).isEqualTo(200);
        long late = createOrg(admin, elsewhere, unique("新登记工会"), "GRASSROOTS", "ENTERPRISE");
        assertThat(openTerm(late, LocalDate.now().minusYears(3).plusDays(30), 3).status()).isEqualTo(201);

        JsonNode before = figures(district, "org.termsExpiring,org.termsOverdue");
        assertThat(value(before, "org.termsExpiring")).isEqualTo(1);
        assertThat(value(before, "org.termsOverdue")).as("the overdue union left the district").isZero();
        JsonNode after = figures(elsewhere, "org.termsExpiring,org.termsOverdue");
        assertThat(value(after, "org.termsOverdue")).isEqualTo(1);
        assertThat(value(after, "org.termsExpiring")).as("a term opened in the district it is in now").isEqualTo(1);
        JsonNode whole = figures(1, "org.termsExpiring,org.termsOverdue");
        assertThat(value(whole, "org.termsOverdue")).isEqualTo(value(city, "org.termsOverdue"));
        assertThat(value(whole, "org.termsExpiring")).isEqualTo(value(city, "org.termsExpiring") + 1);
        assertThat(value(figures(overdue, "org.termsOverdue"), "org.termsOverdue")).as("the union itself, below its district").isEqualTo(1);
    }

    @Test
    void theDailyJobRaisesRemindersForTheUnionAndEveryUnionAbove() {
        assertThat(admin.post("/api/reminders/refresh", Map.of()).status()).isEqualTo(200);
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        Map<String, Long> summary = new HashMap<>();
        districtAdmin.get("/api/reminders/summary").json().forEach(s -> summary.put(s.get("kind").asString(), s.get("count").asLong()));
        assertThat(summary).containsEntry("TERM_OVERDUE", 1L).containsEntry("TERM_EXPIRING", 1L);
        JsonNode overdueItems = districtAdmin.get("/api/reminders?kind=TERM_OVERDUE").json().get("items");
        assertThat(overdueItems.get(0).get("unionId").asLong()).isEqualTo(overdue);
        assertThat(overdueItems.get(0).get("title").asString()).contains("逾期").contains("未换届");
        Http unionUser = userAt(admin, due, "GRASSROOTS_ADMIN", unique("ga"));
        assertThat(unionUser.get("/api/reminders?kind=TERM_OVERDUE").json().get("total").asLong()).isZero();
        assertThat(unionUser.get("/api/reminders?kind=TERM_EXPIRING").json().get("total").asLong()).isEqualTo(1);
        assertThat(districtAdmin.post("/api/reminders/refresh", Map.of()).status()).as("administrators only").isEqualTo(403);
    }

    @Test
    void aTermIsThreeOrFiveYearsAndOnlyOneIsCurrent() {
        var second = openTerm(due, LocalDate.now().minusYears(1), 5);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text()).contains("已有现任届期");
        long fresh = createOrg(admin, district, unique("新工会"), "GRASSROOTS", "ENTERPRISE");
        var four = openTerm(fresh, LocalDate.now().minusYears(1), 4);
        assertThat(four.status()).isEqualTo(400);
        assertThat(four.text()).contains("3年或5年");
        var backwards = admin.post("/api/orgs/" + fresh + "/terms", Map.of("startsOn", "2024-01-01", "lengthYears", 5,
                "endsOn", "2023-12-31"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("届满日期须晚于开始日期");
        assertThat(admin.get("/api/orgs/" + fresh + "/terms").json()).isEmpty();
        JsonNode term = admin.get("/api/orgs/" + due + "/terms").json().get(0);
        assertThat(term.get("endsOn").asString()).isEqualTo(LocalDate.now().plusDays(6).toString());
    }

    @Test
    void anElectionNeedsTheUpperUnionsApprovalAndOpensTheNextTerm() {
        JsonNode term = admin.get("/api/orgs/" + due + "/terms").json().get(0);
        long termId = term.get("id").asLong();
        var planned = admin.post("/api/terms/" + termId + "/election",
                Map.of("plannedOn", LocalDate.now().plusDays(3).toString()));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        long electionId = planned.json().get("electionId").asLong();

        Map<String, Object> held = new HashMap<>(Map.of("heldOn", LocalDate.now().minusDays(1).toString(), "lengthYears", 5,
                "chairName", "李四"));
        var refused = admin.post("/api/elections/" + electionId + "/held", held);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("上级工会批复");

        admin.post("/api/terms/" + termId + "/election", Map.of("plannedOn", LocalDate.now().minusDays(1).toString(),
                "approvalNo", "区工发〔2026〕12号", "approvedOn", LocalDate.now().minusDays(10).toString()));
        var done = admin.post("/api/elections/" + electionId + "/held", held);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("termNo").asInt()).isEqualTo(2);
        assertThat(done.json().get("chairName").asString()).isEqualTo("李四");
        assertThat(admin.get("/api/orgs/" + due + "/terms").json().get(1).get("status").asString()).isEqualTo("ENDED");
        assertThat(admin.post("/api/elections/" + electionId + "/held", held).status()).isEqualTo(409);

        long overdueTerm = admin.get("/api/orgs/" + overdue + "/terms").json().get(0).get("id").asLong();
        var late = admin.post("/api/terms/" + overdueTerm + "/election", Map.of("plannedOn", LocalDate.now().toString(),
                "approvalNo", "区工发〔2026〕13号"));
        long lateElection = late.json().get("electionId").asLong();
        assertThat(admin.post("/api/elections/" + lateElection + "/held", Map.of("heldOn", LocalDate.now().toString(),
                "lengthYears", 5)).status()).isEqualTo(200);

        JsonNode f = figures(district, "org.electionsOnTime,org.termsExpiring,org.termsOverdue");
        assertThat(value(f, "org.electionsOnTime")).as("the late election is not on time").isEqualTo(1);
        assertThat(value(f, "org.termsExpiring")).isZero();
        assertThat(value(f, "org.termsOverdue")).isZero();
    }
}
