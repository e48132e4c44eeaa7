package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.figures.Figures;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A small city built through the API (3 districts, 30 grassroots unions founded over two years,
 * 60 employers, unions dissolved and merged), then every figure asked for two dates and two
 * subtrees and compared with what the test computes itself from the plan.
 */
class FiguresApiTest extends ApiTestBase {

    private record Union(int district, long id, LocalDate foundedOn) {
    }

    private record Employer(int district, long id, int employees, boolean shouldHave, LocalDate registeredOn) {
    }

    /** A coverage interval as the test planned it; {@code to} null while current. */
    private record Covered(Employer employer, LocalDate from, LocalDate to) {
        boolean on(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }
    }

    /** A membership as planned: district, sex, joined and (if withdrawn) left. */
    private record Membership(int district, boolean female, LocalDate joinedOn, LocalDate leftOn) {
        boolean on(LocalDate d) {
            return !joinedOn.isAfter(d) && (leftOn == null || leftOn.isAfter(d));
        }
    }

    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2025, 6, 1);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2025, 3, 31);
    private static final LocalDate MERGED_ON = LocalDate.of(2025, 6, 30);

    private Http admin;
    private long city;
    private final long[] districts = new long[3];
    private final List<Union> unions = new ArrayList<>();
    private final Map<Long, LocalDate> closedOn = new HashMap<>();
    private final List<Covered> coverage = new ArrayList<>();
    private final List<Employer> employers = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();

    @BeforeEach
    void buildTheCity() {
        admin = admin();
        city = createOrg(admin, 1, unique("小城"), "AREA_FEDERATION", null);
        for (int k = 0; k < 3; k++) {
            districts[k] = createOrg(admin, city, unique("区" + k), "TOWN_FEDERATION", null);
            for (int i = 0; i < 10; i++) {
                LocalDate founded = LocalDate.of(2022, 3, 1).plusDays((k * 10L + i) * 25);
                boolean joint = i % 4 == 0;
                Union u = new Union(k, grassroots(districts[k], joint, founded), founded);
                unions.add(u);
                Employer first = employer(k, 20 + 7 * i + k, LocalDate.of(2020, 1, 1).plusDays(i * 10L));
                coverage.add(cover(u, first, founded));
                Employer second = employer(k, 5 + 13 * i, LocalDate.of(2021, 6, 1));
                if (joint) {
                    coverage.add(cover(u, second, founded.plusDays(100)));
                }
                join(u, i % 2 == 0, founded.plusDays(30), i % 5 == 0 ? WITHDRAWN_ON : null);
                join(u, true, founded.plusDays(200 + k * 50L), null);
            }
        }
        for (int k = 0; k < 2; k++) {
            Union u = unions.get(k * 10 + 9);
            var r = admin.post("/api/orgs/" + u.id() + "/dissolve", Map.of("on", DISSOLVED_ON.toString(), "reason", "企业关停"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            closedOn.put(u.id(), DISSOLVED_ON);
            endCoverageOf(u, DISSOLVED_ON, null);
        }
        Union merged = unions.get(28);
        Union into = unions.get(27);
        var r = admin.post("/api/orgs/" + merged.id() + "/merge", Map.of("intoId", into.id(), "on", MERGED_ON.toString(),
                "reason", "企业合并"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        closedOn.put(merged.id(), MERGED_ON);
        endCoverageOf(merged, MERGED_ON, into);
    }

    private void join(Union u, boolean female, LocalDate joinedOn, LocalDate leftOn) {
        var body = MemberApiTest.member(u.id(), unique("会员"), org.unionworks.support.People.idNumber(LocalDate.of(1990, 1, 1), female));
        body.put("joinedOn", joinedOn.toString());
        var r = admin.post("/api/members", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        if (leftOn != null) {
            var w = admin.post("/api/members/" + r.json().get("id").asLong() + "/status",
                    Map.of("action", "WITHDRAW", "on", leftOn.toString(), "reason", "离职"));
            assertThat(w.status()).as(w.toString()).isEqualTo(200);
        }
        memberships.add(new Membership(u.district(), female, joinedOn, leftOn));
    }

    private long grassroots(long parent, boolean joint, LocalDate founded) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parent);
        body.put("name", unique("工会"));
        body.put("orgType", "GRASSROOTS");
        body.put("grassrootsKind", joint ? "JOINT" : "ENTERPRISE");
        body.put("foundedOn", founded.toString());
        var r = admin.post("/api/orgs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Employer employer(int k, int employeeCount, LocalDate registered) {
        boolean shouldHave = employeeCount >= 25;
        Map<String, Object> body = EmployerApiTest.employer(districts[k], unique("单位"), creditCode(), employeeCount);
        body.put("registeredOn", registered.toString());
        body.put("shouldHaveUnion", shouldHave);
        var r = admin.post("/api/employers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Employer e = new Employer(k, r.json().get("id").asLong(), employeeCount, shouldHave, registered);
        employers.add(e);
        return e;
    }

    private Covered cover(Union u, Employer e, LocalDate from) {
        var r = admin.post("/api/orgs/" + u.id() + "/coverage", Map.of("employerId", e.id(), "fromDate", from.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Covered(e, from, null);
    }

    /** The plan's side of closing a union: its coverages end; in a merger the successor's begin. */
    private void endCoverageOf(Union u, LocalDate on, Union successor) {
        for (int i = 0; i < coverage.size(); i++) {
            Covered c = coverage.get(i);
            if (c.to() == null && coveringUnion(c) == u) {
                coverage.set(i, new Covered(c.employer(), c.from(), on));
                if (successor != null) {
                    coverage.add(new Covered(c.employer(), on, null));
                    takenOver.put(c.employer().id(), successor);
                }
            }
        }
    }

    private final Map<Long, Union> takenOver = new HashMap<>();

    private Union coveringUnion(Covered c) {
        if (takenOver.containsKey(c.employer().id()) && c.from().equals(MERGED_ON)) {
            return takenOver.get(c.employer().id());
        }
        int index = employers.indexOf(c.employer());
        return unions.get(index / 2);
    }

    private Map<String, JsonNode> figures(long under, LocalDate on, LocalDate from, LocalDate to) {
        var r = admin.get("/api/figures?under=" + under + "&on=" + on + "&from=" + from + "&to=" + to);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, JsonNode> byKey = new HashMap<>();
        r.json().forEach(f -> byKey.put(f.get("key").asString(), f));
        return byKey;
    }

    @Test
    void everyFigureMatchesThePlanForTwoDatesAndTwoSubtrees() {
        for (LocalDate on : List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2025, 12, 31))) {
            for (Set<Integer> scope : List.of(Set.of(0, 1, 2), Set.of(1))) {
                long under = scope.size() == 3 ? city : districts[1];
                LocalDate from = on.withDayOfYear(1);
                var f = figures(under, on, from, on);
                String where = "under " + scope + " on " + on;

                long grassroots = unions.stream().filter(u -> scope.contains(u.district()) && !u.foundedOn().isAfter(on)
                        && (!closedOn.containsKey(u.id()) || closedOn.get(u.id()).isAfter(on))).count();
                List<Employer> covered = coverage.stream().filter(c -> c.on(on) && scope.contains(c.employer().district()))
                        .map(Covered::employer).distinct().toList();
                long employees = covered.stream().mapToLong(Employer::employees).sum();
                Predicate<Employer> shouldHave = e -> scope.contains(e.district()) && e.shouldHave()
                        && !e.registeredOn().isAfter(on);
                long should = employers.stream().filter(shouldHave).count();
                long unionized = covered.stream().filter(shouldHave).count();
                long founded = unions.stream().filter(u -> scope.contains(u.district())
                        && !u.foundedOn().isBefore(from) && !u.foundedOn().isAfter(on)).count();

                assertThat(f.get("org.grassroots").get("value").asLong()).as("基层工会数 " + where).isEqualTo(grassroots);
                assertThat(f.get("org.coveredEmployers").get("value").asLong()).as("涵盖单位数 " + where).isEqualTo(covered.size());
                assertThat(f.get("org.employees").get("value").asLong()).as("职工人数 " + where).isEqualTo(employees);
                assertThat(f.get("org.unionizationRate").get("value").decimalValue()).as("建会率 " + where)
                        .isEqualByComparingTo(Figures.percent(unionized, should));
                assertThat(f.get("org.newUnions").get("value").asLong()).as("新建工会 " + where).isEqualTo(founded);
                long members = memberships.stream().filter(m -> scope.contains(m.district()) && m.on(on)).count();
                long women = memberships.stream().filter(m -> scope.contains(m.district()) && m.on(on) && m.female()).count();
                long newMembers = memberships.stream().filter(m -> scope.contains(m.district())
                        && !m.joinedOn().isBefore(from) && !m.joinedOn().isAfter(on)).count();
                assertThat(f.get("member.total").get("value").asLong()).as("会员数 " + where).isEqualTo(members);
                assertThat(f.get("member.women").get("value").asLong()).as("女会员数 " + where).isEqualTo(women);
                assertThat(f.get("member.newMembers").get("value").asLong()).as("新发展会员 " + where).isEqualTo(newMembers);
                assertThat(f.get("member.membershipRate").get("value").decimalValue()).as("入会率 " + where)
                        .isEqualByComparingTo(Figures.percent(members, employees));
                assertThat(grassroots).as("the plan itself is not trivial " + where).isPositive();
                assertThat(members).as("the plan itself is not trivial " + where).isPositive();
            }
        }
    }

    @Test
    void eachFigureCarriesItsDefinitionAndUnit() {
        var f = figures(city, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(f.get("org.unionizationRate").get("unit").asString()).isEqualTo("%");
        assertThat(f.get("org.unionizationRate").get("definition").asString()).contains("应建会");
        assertThat(f.get("org.newUnions").get("stock").asBoolean()).isFalse();
        assertThat(f.get("org.grassroots").get("name").asString()).isEqualTo("基层工会数");
        var bad = admin.get("/api/figures?under=" + city + "&from=2025-12-31&to=2025-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("开始日期不能晚于结束日期");
    }

    @Test
    void aMergerHandsTheEmployersToTheSuccessor() {
        Union into = unions.get(27);
        JsonNode history = admin.get("/api/orgs/" + into.id() + "/coverage").json();
        assertThat(history.valueStream().filter(c -> c.get("fromDate").asString().equals(MERGED_ON.toString())))
                .as("the merged joint union covered two employers").hasSize(2);
        Union dissolved = unions.get(9);
        assertThat(admin.get("/api/orgs/" + dissolved.id() + "/coverage").json().get(0).get("toDate").asString())
                .isEqualTo(DISSOLVED_ON.toString());
    }
}
