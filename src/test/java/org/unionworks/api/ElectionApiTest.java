package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;

/** An election by the rules (工会基层组织选举工作条例) from the candidate list to the new term, and 延期换届. */
class ElectionApiTest extends ApiTestBase {

    private Http admin;
    private Http unionUser;
    private Http districtUser;
    private long district;
    private long union;
    private long termId;
    private final List<String> men = new ArrayList<>();
    private final List<String> women = new ArrayList<>();
    private String reserved;

    /** Ten members (six women), one of the men 保留会籍: nine entitled to vote. */
    @BeforeEach
    void aUnionWhoseTermEndsSoon() {
        admin = admin();
        district = district(admin, unique("选举区"));
        union = createOrg(admin, district, unique("选举厂工会"), "GRASSROOTS", "ENTERPRISE");
        var term = admin.post("/api/orgs/" + union + "/terms", Map.of("startsOn", LocalDate.now().minusYears(5).plusDays(20).toString(),
                "lengthYears", 5, "chairName", "老主席"));
        termId = term.json().get("id").asLong();
        for (int i = 0; i < 10; i++) {
            boolean female = i < 6;
            String id = People.idNumber(LocalDate.of(1980 + i, 4, 9), female);
            MemberApiTest.register(admin, union, (female ? "女会员" : "男会员") + i, id);
            (female ? women : men).add(id);
        }
        reserved = men.get(3);
        long reservedId = admin.get("/api/members?under=" + union + "&q=" + reserved).json().get("items").get(0).get("id").asLong();
        assertThat(admin.post("/api/members/" + reservedId + "/status", Map.of("action", "RESERVE", "on", "2025-03-01",
                "reason", "失业")).status()).isEqualTo(200);
        unionUser = userAt(admin, union, "GRASSROOTS_ADMIN", unique("xj"));
        districtUser = userAt(admin, district, "DISTRICT_ADMIN", unique("qz"));
    }

    private long plannedElection(String approvalNo) {
        Map<String, Object> plan = new HashMap<>(Map.of("plannedOn", LocalDate.now().toString()));
        if (approvalNo != null) {
            plan.put("approvalNo", approvalNo);
            plan.put("approvedOn", LocalDate.now().minusDays(20).toString());
        }
        var planned = unionUser.post("/api/terms/" + termId + "/election", plan);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        return planned.json().get("electionId").asLong();
    }

    private Http.Response candidate(long process, String body, String idNumber) {
        return unionUser.post("/api/election-processes/" + process + "/candidates", Map.of("body", body, "idNumber", idNumber,
                "frontline", true));
    }

    private JsonNode process(long id) {
        return unionUser.get("/api/election-processes/" + id).json();
    }

    private static long version(JsonNode p) {
        return p.get("version").asLong();
    }

    private static long candidateId(JsonNode p, String name) {
        for (JsonNode c : p.get("candidates")) {
            if (c.get("name").asString().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no candidate " + name);
    }

    @Autowired
    private EntityManagerFactory entityManagers;

    /** A union of {@code district} whose term ends soon, with its election planned and a process started. */
    private void processUnder(long district) {
        long u = createOrg(admin, district, unique("换届厂工会"), "GRASSROOTS", "ENTERPRISE");
        long term = admin.post("/api/orgs/" + u + "/terms", Map.of("startsOn", LocalDate.now().minusYears(5).plusDays(20).toString(),
                "lengthYears", 5, "chairName", "老主席")).json().get("id").asLong();
        var planned = admin.post("/api/terms/" + term + "/election", Map.of("plannedOn", LocalDate.now().toString()));
        var started = admin.post("/api/election-processes", Map.of("electionId", planned.json().get("electionId").asLong(), "mode",
                "ASSEMBLY", "committeeSeats", 3));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
    }

    private long statementsToList(long district, int expected) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonNode page = admin.get("/api/election-processes?under=" + district).json();
        assertThat(page.get("items")).hasSize(expected);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theListReadsAPageInAFixedNumberOfStatements() {
        long district = district(admin, unique("换届列表区"));
        processUnder(district);
        long forOne = statementsToList(district, 1);
        for (int i = 0; i < 4; i++) {
            processUnder(district);
        }
        assertThat(statementsToList(district, 5)).as("five rows are read like one, not with three more statements each")
                .isLessThanOrEqualTo(forOne + 1);
    }

    @Test
    void anElectionGoesFromCandidatesThroughTheVoteToTheNewTerm() {
        long election = plannedElection(null);
        var started = unionUser.post("/api/election-processes", Map.of("electionId", election, "mode", "ASSEMBLY",
                "committeeSeats", 3, "auditSeats", 1, "womensSeats", 1));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        var seats = unionUser.put("/api/election-processes/" + id, Map.of("mode", "ASSEMBLY", "committeeSeats", 3, "auditSeats", 1,
                "womensSeats", 1, "version", version(started.json())));
        assertThat(seats.status()).as(seats.toString()).isEqualTo(200);
        assertThat(seats.json().get("requiredCommitteeCandidates").asInt()).as("3 seats + at least one more").isEqualTo(4);
        var stray = candidate(id, "COMMITTEE", women.get(5));
        var removed = unionUser.delete("/api/election-processes/" + id + "/candidates/" + candidateId(stray.json(), "女会员5"));
        assertThat(removed.json().get("candidates")).as(removed.toString()).isEmpty();

        assertThat(candidate(id, "COMMITTEE", reserved).text()).as("保留会籍").contains("保留会籍");
        assertThat(candidate(id, "WOMENS", men.get(0)).text()).contains("须为女会员");
        assertThat(candidate(id, "COMMITTEE", People.idNumber()).text()).contains("不是本工会的在册会员");
        candidate(id, "COMMITTEE", men.get(0));
        candidate(id, "COMMITTEE", men.get(1));
        assertThat(candidate(id, "COMMITTEE", women.get(0)).status()).isEqualTo(201);
        assertThat(candidate(id, "COMMITTEE", women.get(0)).text()).contains("已是这个委员会的候选人");
        candidate(id, "AUDIT", men.get(2));
        candidate(id, "WOMENS", women.get(1));

        var tooFew = unionUser.post("/api/election-processes/" + id + "/submission?version=" + version(process(id)), Map.of());
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.text()).contains("差额选举").contains("至少4名");
        candidate(id, "COMMITTEE", women.get(2));
        var noHoldingApproval = unionUser.post("/api/election-processes/" + id + "/submission?version=" + version(process(id)), Map.of());
        assertThat(noHoldingApproval.text()).contains("上级工会批复");
        plannedElection("区工发〔2026〕31号");
        var submitted = unionUser.post("/api/election-processes/" + id + "/submission?version=" + version(process(id)), Map.of());
        assertThat(submitted.json().get("status").asString()).as(submitted.toString()).isEqualTo("SUBMITTED");

        var selfApproved = unionUser.post("/api/election-processes/" + id + "/candidates-review", Map.of("approved", true,
                "approvalNo", "自批", "approvedOn", LocalDate.now().toString(), "version", version(submitted.json())));
        assertThat(selfApproved.status()).as("the union cannot approve its own candidates").isEqualTo(403);
        var returned = districtUser.post("/api/election-processes/" + id + "/candidates-review", Map.of("approved", false,
                "comment", "请补充一线职工候选人", "version", version(submitted.json())));
        assertThat(returned.json().get("status").asString()).isEqualTo("PREPARING");
        unionUser.post("/api/election-processes/" + id + "/submission?version=" + version(returned.json()), Map.of());
        var approved = districtUser.post("/api/election-processes/" + id + "/candidates-review", Map.of("approved", true,
                "approvalNo", "区工发〔2026〕35号", "approvedOn", LocalDate.now().toString(), "version", version(process(id))));
        assertThat(approved.json().get("status").asString()).as(approved.toString()).isEqualTo("APPROVED");

        List<String> voters = new ArrayList<>(List.of(women.get(0), women.get(1), women.get(2), women.get(3), men.get(0), reserved, "123"));
        var issued = unionUser.post("/api/election-processes/" + id + "/ballots", Map.of("idNumbers", voters));
        assertThat(issued.json().get("issued").asInt()).as(issued.toString()).isEqualTo(5);
        assertThat(issued.json().get("refused").toString()).contains("保留会籍").contains("身份证号码不正确");
        var again = unionUser.post("/api/election-processes/" + id + "/ballots", Map.of("idNumbers", List.of(women.get(0))));
        assertThat(again.json().get("refused")).as(again.toString()).isNotNull();
        assertThat(again.json().get("refused").get(0).get("reason").asString()).contains("已领取选票");

        JsonNode p = process(id);
        Map<String, Integer> votes = new HashMap<>(Map.of("男会员6", 6, "男会员7", 5, "女会员0", 5, "女会员2", 2, "男会员8", 5, "女会员1", 5));
        var noQuorum = unionUser.post("/api/election-processes/" + id + "/result", result(p, 5, votes));
        assertThat(noQuorum.text()).as("5 of 9 is less than two thirds").contains("三分之二");
        unionUser.post("/api/election-processes/" + id + "/ballots", Map.of("idNumbers", List.of(men.get(1))));
        assertThat(unionUser.post("/api/election-processes/" + id + "/result", result(p, 7, votes)).text()).contains("选举无效");
        Map<String, Integer> tie = new HashMap<>(votes);
        tie.put("女会员2", 5);
        assertThat(unionUser.post("/api/election-processes/" + id + "/result", result(p, 6, tie)).text()).contains("再次投票");

        var voted = unionUser.post("/api/election-processes/" + id + "/result", result(p, 6, votes));
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        JsonNode v = voted.json();
        assertThat(v.get("electorate").asInt()).as("ten members, one 保留会籍").isEqualTo(9);
        assertThat(v.get("ballotsIssued").asInt()).isEqualTo(6);
        List<String> elected = new ArrayList<>();
        v.get("candidates").forEach(c -> {
            if (c.get("elected").asBoolean()) {
                elected.add(c.get("name").asString());
            }
        });
        assertThat(elected).as("5 of 9 is more than half; 2 is not").containsExactlyInAnyOrder("男会员6", "男会员7", "女会员0", "男会员8",
                "女会员1");

        var quick = unionUser.post("/api/elections/" + election + "/held", Map.of("heldOn", LocalDate.now().toString(), "lengthYears", 5));
        assertThat(quick.status()).isEqualTo(409);
        assertThat(quick.text()).contains("按选举程序");
        var notElected = unionUser.post("/api/election-processes/" + id + "/offices", Map.of("chairId", candidateId(v, "女会员2"),
                "version", version(v)));
        assertThat(notElected.text()).contains("当选的工会委员会委员");
        var offices = unionUser.post("/api/election-processes/" + id + "/offices", Map.of("chairId", candidateId(v, "男会员6"),
                "viceChairIds", List.of(candidateId(v, "女会员0")), "auditChairId", candidateId(v, "男会员8"), "version", version(v)));
        assertThat(offices.status()).as(offices.toString()).isEqualTo(200);

        Map<String, Object> approval = Map.of("reportNo", "区工发〔2026〕40号", "approvedOn", LocalDate.now().toString(),
                "newTermYears", 5, "version", version(process(id)));
        assertThat(unionUser.post("/api/election-processes/" + id + "/result-approval", approval).status()).isEqualTo(403);
        var confirmed = districtUser.post("/api/election-processes/" + id + "/result-approval", approval);
        assertThat(confirmed.json().get("status").asString()).as(confirmed.toString()).isEqualTo("CONFIRMED");

        JsonNode terms = admin.get("/api/orgs/" + union + "/terms").json();
        assertThat(terms.get(0).get("termNo").asInt()).isEqualTo(2);
        assertThat(terms.get(0).get("chairName").asString()).isEqualTo("男会员6");
        assertThat(terms.get(0).get("committee").asString()).contains("男会员7").contains("女会员0").doesNotContain("女会员2");
        assertThat(terms.get(1).get("status").asString()).isEqualTo("ENDED");

        JsonNode f = admin.get("/api/figures?under=" + district + "&keys=democracy.elections,democracy.elected,democracy.electedWomen,"
                + "democracy.electedFrontline,democracy.womensCommitteesElected,org.electionsOnTime&breakdown=true").json();
        assertThat(value(f, "democracy.elections")).isEqualTo(1);
        assertThat(value(f, "democracy.elected")).as("3 committee + 1 audit + 1 女职委").isEqualTo(5);
        assertThat(value(f, "democracy.electedWomen")).isEqualTo(2);
        assertThat(value(f, "democracy.electedFrontline")).isEqualTo(5);
        assertThat(value(f, "democracy.womensCommitteesElected")).isEqualTo(1);
        JsonNode womens = admin.get("/api/womens-committees?under=" + union).json().get("items");
        assertThat(womens.get(0).get("formedBy").asString()).as("the 女职委 elected with the committee").isEqualTo("ELECTION");
        assertThat(womens.get(0).get("chairName").asString()).isEqualTo("女会员1");
        assertThat(value(f, "org.electionsOnTime")).isEqualTo(1);
        var sheet = unionUser.get("/api/election-processes/" + id + "/export");
        assertThat(sheet.status()).isEqualTo(200);
    }

    private static Map<String, Object> result(JsonNode p, int returned, Map<String, Integer> votes) {
        List<Map<String, Object>> counts = new ArrayList<>();
        votes.forEach((name, n) -> counts.add(Map.of("candidateId", candidateId(p, name), "votes", n)));
        return Map.of("votingOn", LocalDate.now().toString(), "ballotsReturned", returned, "votes", counts, "version", version(p));
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
    void aPostponedElectionMovesTheDeadlineOnceTheUpperUnionApproves() {
        JsonNode term = unionUser.get("/api/orgs/" + union + "/terms").json().get(0);
        LocalDate ends = LocalDate.parse(term.get("endsOn").asString());
        var tooLong = unionUser.post("/api/terms/" + termId + "/postponement", Map.of("askedTo", ends.plusMonths(7).toString(),
                "reason", "企业改制", "version", version(term)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("不超过6个月");
        var asked = unionUser.post("/api/terms/" + termId + "/postponement", Map.of("askedTo", ends.plusMonths(4).toString(),
                "reason", "企业改制", "version", version(term)));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("deadline").asString()).as("not before approval").isEqualTo(ends.toString());
        Map<String, Object> approval = Map.of("approvalNo", "区工发〔2026〕50号", "approvedOn", LocalDate.now().toString(),
                "version", version(asked.json()));
        assertThat(unionUser.post("/api/terms/" + termId + "/postponement/approval", approval).status()).isEqualTo(403);
        var approved = districtUser.post("/api/terms/" + termId + "/postponement/approval", approval);
        assertThat(approved.json().get("deadline").asString()).as(approved.toString()).isEqualTo(ends.plusMonths(4).toString());
        assertThat(approved.json().get("postponementNo").asString()).isEqualTo("区工发〔2026〕50号");

        JsonNode board = admin.get("/api/terms/due?under=" + district).json();
        assertThat(board.get("expiring").asLong()).as("the new deadline is more than 90 days away").isZero();
        JsonNode later = admin.get("/api/figures?under=" + district + "&keys=org.termsPostponed,org.termsOverdue&on="
                + ends.plusDays(10)).json();
        assertThat(value(later, "org.termsPostponed")).isEqualTo(1);
        assertThat(value(later, "org.termsOverdue")).isZero();
        assertThat(unionUser.delete("/api/terms/" + termId + "/postponement?version=" + version(approved.json())).status())
                .as("nothing left to withdraw").isEqualTo(409);
        var further = unionUser.post("/api/terms/" + termId + "/postponement", Map.of("askedTo", ends.plusMonths(5).toString(),
                "reason", "改制未完成", "version", version(approved.json())));
        var withdrawn = unionUser.delete("/api/terms/" + termId + "/postponement?version=" + version(further.json()));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("postponementAskedTo").isNull()).isTrue();
        assertThat(withdrawn.json().get("deadline").asString()).as("the approved postponement stands").isEqualTo(ends.plusMonths(4).toString());
    }
}
