package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A city of three districts with two years of work in the archive, rights protection, governance
 * and cadre activities; every figure of those modules is asked for two dates (with their year as
 * the period) and two subtrees, and compared with what the plan says it must be. District k does
 * everything in amounts that depend on k, so each expectation is a small sum written out below.
 * (Organization and member figures have their own small-city test, FiguresApiTest.)
 */
class CityFiguresApiTest extends ApiTestBase {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Autowired
    JdbcTemplate jdbc;

    private Http admin;
    private long city;
    private final long[] districts = new long[3];

    @BeforeEach
    void twoYearsOfWork() {
        admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        city = createOrg(admin, 1, unique("全模块城"), "AREA_FEDERATION", null);
        for (int k = 0; k < 3; k++) {
            districts[k] = createOrg(admin, city, unique("区" + k), "TOWN_FEDERATION", null);
            long union = createOrg(admin, districts[k], unique("企业工会"), "GRASSROOTS", "ENTERPRISE");
            archive(k, union);
            rights(k);
            governance(k);
            activities(k, union);
        }
    }

    /** Two files filed in 2024; the second exits in 2025. Aid: 1000(k+1) in 2024 to the first, 500 in 2025 to the second. */
    private void archive(int k, long union) {
        long first = file(union, LocalDate.of(2024, 3, 1));
        long second = file(union, LocalDate.of(2024, 4, 1));
        aid(first, "2024-06-01", 1000 * (k + 1));
        aid(second, "2025-06-01", 500);
        ok(admin.post("/api/hardship-files/" + second + "/exit", Map.of("reason", "EMPLOYED", "on", "2025-05-01")));
    }

    private Http approver;

    /** Another account than the one that entered the files: whoever enters one never approves it. */
    private Http approver() {
        if (approver == null) {
            approver = userAt(admin, 1, "SYS_ADMIN", unique("approver"));
        }
        return approver;
    }

    private long file(long union, LocalDate filedOn) {
        Map<String, Object> f = org.unionworks.support.Forms.hardshipFile(union, "440305");
        f.put("monthlyIncome", 2400);
        f.put("monthsBelowStandard", 6);
        long id = ok(admin.post("/api/hardship-files", f)).get("id").asLong();
        ok(approver().post("/api/hardship-files/" + id + "/approve", Map.of()));
        // Approval files today; the plan needs the filing date of the past.
        jdbc.update("update hardship_file set filed_on = ? where id = ?", filedOn, id);
        return id;
    }

    private void aid(long file, String on, int amount) {
        ok(admin.post("/api/hardship-files/" + file + "/aid", Map.of("kind", "LIVING", "aidOn", on, "amount", amount)));
    }

    /** A wage case closed in 2024 (10000(k+1) yuan for k+2 workers), one in 2025 (5000 for 1); outreach in 2024. */
    private void rights(int k) {
        wageCase(k, "2024-02-01", "2024-03-01", 10000 * (k + 1), k + 2);
        wageCase(k, "2025-02-01", "2025-03-01", 5000, 1);
        ok(admin.post("/api/rights/outreach", Map.of("unionId", districts[k], "heldOn", "2024-05-01", "topic", "讲座",
                "kind", "LECTURE", "audienceOnsite", 100 * (k + 1), "audienceOnline", 50)));
    }

    private void wageCase(int k, String accepted, String closed, int recovered, int helped) {
        long id = ok(admin.post("/api/rights/cases", Map.of("unionId", districts[k], "kind", "WAGE_ARREARS",
                "employerName", "劳务公司", "workersCount", 10, "acceptedOn", accepted))).get("id").asLong();
        ok(admin.post("/api/rights/cases/" + id + "/steps", Map.of("status", "CLOSED", "on", closed, "note", "支付",
                "amountRecovered", recovered, "workersHelped", helped)));
    }

    /** A rule enacted in 2024 and revised in 2025; a problem fixed on time in 2024, one overdue since May 2025. */
    private void governance(int k) {
        long rule = ok(admin.post("/api/rules", Map.of("unionId", districts[k], "title", "制度" + k, "category", "FINANCE",
                "on", "2024-01-10", "body", "x"))).get("id").asLong();
        ok(admin.post("/api/rules/" + rule + "/revise", Map.of("title", "制度" + k, "category", "FINANCE", "on", "2025-01-10",
                "body", "y")));
        long fixed = problem(k, "AUDIT", "FINANCE", "2024-04-01", "2024-06-30");
        ok(admin.post("/api/rectifications/" + fixed + "/complete", Map.of("doneOn", "2024-06-01", "result", "已整改")));
        problem(k, "INSPECTION", "ASSETS", "2025-04-01", "2025-05-01");
    }

    private long problem(int k, String source, String category, String found, String deadline) {
        return ok(admin.post("/api/rectifications", Map.of("unionId", districts[k], "source", source, "category", category,
                "description", "问题", "ownerPerson", "责任人", "foundOn", found, "deadline", deadline))).get("id").asLong();
    }

    /** A training of 10(k+1) in 2024; a work group through 2024 with one practical matter; research in 2025 with two problems. */
    private void activities(int k, long union) {
        ok(admin.post("/api/activities", Map.of("unionId", districts[k], "kind", "TRAINING", "heldOn", "2024-09-01",
                "topic", "培训", "participants", 10 * (k + 1))));
        long group = ok(admin.post("/api/work-groups", Map.of("unionId", districts[k], "name", "工作组", "members", "甲、乙",
                "stationedUnionId", union, "startsOn", "2024-01-01", "endsOn", "2024-12-31"))).get("id").asLong();
        ok(admin.post("/api/work-groups/" + group + "/matters", Map.of("doneOn", "2024-07-01", "description", "实事")));
        long round = ok(admin.post("/api/research-rounds", Map.of("unionId", districts[k], "title", "调研",
                "startsOn", "2025-02-01", "endsOn", "2025-03-01", "visitedCount", 3))).get("id").asLong();
        for (String category : List.of("ORGANIZATION", "RIGHTS")) {
            ok(admin.post("/api/research-rounds/" + round + "/problems", Map.of("category", category, "description", "堵点",
                    "ownerPerson", "部长", "deadline", "2026-12-31", "foundOn", "2025-03-01")));
        }
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }

    @Test
    void everyFigureOfTheArchiveRightsGovernanceAndActivitiesMatchesThePlan() {
        for (LocalDate on : List.of(END_2024, END_2025)) {
            boolean y24 = on.equals(END_2024);
            for (Set<Integer> scope : List.of(Set.of(0, 1, 2), Set.of(2))) {
                long under = scope.size() == 3 ? city : districts[2];
                var r = admin.get("/api/figures?under=" + under + "&on=" + on + "&from=" + on.withDayOfYear(1) + "&to=" + on);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                Map<String, JsonNode> f = new HashMap<>();
                r.json().forEach(v -> f.put(v.get("key").asString(), v.get("value")));
                String where = "under " + scope + " on " + on;
                IntToLongFunction each = x -> x;
                expect(f, where, "assist.files", sum(scope, k -> y24 ? 2 : 1));
                expect(f, where, "assist.newFiles", sum(scope, k -> y24 ? 2 : 0));
                expect(f, where, "assist.exits", sum(scope, k -> y24 ? 0 : 1));
                expect(f, where, "assist.aided", sum(scope, k -> 1));
                expectDecimal(f, where, "assist.aidAmount", wan(sum(scope, k -> y24 ? 1000L * (k + 1) : 500)));
                expect(f, where, "rights.workersHelped", sum(scope, k -> y24 ? k + 2 : 1));
                expectDecimal(f, where, "rights.wagesRecovered", wan(sum(scope, k -> y24 ? 10000L * (k + 1) : 5000)));
                expect(f, where, "rights.cases", sum(scope, k -> 1));
                expect(f, where, "rights.casesClosed", sum(scope, k -> 1));
                expect(f, where, "rights.outreachEvents", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "rights.outreachAudience", sum(scope, k -> y24 ? 100L * (k + 1) + 50 : 0));
                expect(f, where, "governance.rulesEnacted", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "governance.rulesRevised", sum(scope, k -> y24 ? 0 : 1));
                expect(f, where, "governance.rulesInForce", sum(scope, k -> 1));
                expect(f, where, "governance.problemsFound", sum(scope, k -> y24 ? 1 : 3));
                expect(f, where, "governance.problemCategories", y24 ? 1 : 3);
                expect(f, where, "governance.problemsFixed", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "governance.problemsOnTime", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "governance.problemsOverdue", sum(scope, k -> y24 ? 0 : 1));
                expect(f, where, "governance.researchProblems", sum(scope, k -> y24 ? 0 : 2));
                expect(f, where, "governance.researchCategories", y24 ? 0 : 2);
                expect(f, where, "activity.trainings", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "activity.trainingParticipants", sum(scope, k -> y24 ? 10L * (k + 1) : 0));
                expect(f, where, "activity.studySessions", 0);
                expect(f, where, "activity.workGroups", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "activity.unionsReached", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "activity.practicalMatters", sum(scope, k -> y24 ? 1 : 0));
                expect(f, where, "activity.unitsVisited", sum(scope, k -> y24 ? 0 : 3));
                assertThat(each.applyAsLong(1)).isEqualTo(1);
            }
        }
    }

    private static long sum(Set<Integer> scope, IntToLongFunction perDistrict) {
        return scope.stream().mapToLong(perDistrict::applyAsLong).sum();
    }

    private static BigDecimal wan(long yuan) {
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP);
    }

    private static void expect(Map<String, JsonNode> f, String where, String key, long expected) {
        assertThat(f.get(key).asLong()).as(key + " " + where).isEqualTo(expected);
    }

    private static void expectDecimal(Map<String, JsonNode> f, String where, String key, BigDecimal expected) {
        assertThat(f.get(key).decimalValue()).as(key + " " + where).isEqualByComparingTo(expected);
    }
}
