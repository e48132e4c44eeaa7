package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * 批量审批 (issue #27): many records approved in one action, each by the rules of approving it alone — the maker may
 * not check, another district's record is not found, an approved one is not approved twice — and each audited.
 */
class BulkApprovalApiTest extends ApiTestBase {

    private Http admin;
    private Http grassroots;
    private Http upper;
    private long union;

    @BeforeEach
    void aGrassrootsUnionAndItsDistrict() {
        admin = admin();
        long district = district(admin, unique("批量区"));
        union = createOrg(admin, district, unique("批量厂工会"), "GRASSROOTS", "ENTERPRISE");
        grassroots = userAt(admin, union, "GRASSROOTS_ADMIN", unique("ga"));
        upper = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
    }

    private long submitted() {
        Map<String, Object> f = new HashMap<>(org.unionworks.support.Forms.hardshipFile(union, "440305"));
        f.put("idNumber", People.idNumber());
        var r = grassroots.post("/api/hardship-files", f);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void filesAreApprovedTogetherEachByItsOwnRules() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submitted());
        }
        var self = grassroots.post("/api/hardship-files/bulk-approve", Map.of("ids", ids));
        assertThat(self.json().get("done").asInt()).as("the maker may not approve: " + self).isZero();
        assertThat(self.json().get("failures")).hasSize(5);

        long elsewhere;
        {
            long other = district(admin, unique("他区"));
            long otherUnion = createOrg(admin, other, unique("他区厂工会"), "GRASSROOTS", "ENTERPRISE");
            Map<String, Object> f = new HashMap<>(org.unionworks.support.Forms.hardshipFile(otherUnion, "440305"));
            f.put("idNumber", People.idNumber());
            elsewhere = userAt(admin, otherUnion, "GRASSROOTS_ADMIN", unique("oa")).post("/api/hardship-files", f).json().get("id").asLong();
        }
        upper.post("/api/hardship-files/" + ids.get(0) + "/approve", Map.of());
        List<Long> chosen = new ArrayList<>(ids);
        chosen.add(elsewhere);
        var bulk = upper.post("/api/hardship-files/bulk-approve", Map.of("ids", chosen));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.json().get("done").asInt()).isEqualTo(4);
        JsonNode failures = bulk.json().get("failures");
        assertThat(failures).hasSize(2);
        assertThat(failures.toString()).contains(String.valueOf(ids.get(0))).contains(String.valueOf(elsewhere)).contains("不存在或无权访问");
        for (long id : ids) {
            assertThat(upper.get("/api/hardship-files/" + id).json().get("status").asString()).isEqualTo("OPEN");
        }
        assertThat(admin.get("/api/hardship-files/" + elsewhere).json().get("status").asString()).isEqualTo("SUBMITTED");
        long approvals = admin.get("/api/audit?entity=HardshipFile&size=100").json().get("items").valueStream()
                .filter(a -> ids.stream().map(String::valueOf).toList().contains(a.get("entityId").asString())
                        && a.get("action").asString().equals("UPDATE")).count();
        assertThat(approvals).as("each approval audited").isGreaterThanOrEqualTo(5);

        long another = submitted();
        assertThat(upper.post("/api/hardship-files/bulk-return", Map.of("ids", List.of(another))).status()).as("a return needs its reason")
                .isEqualTo(400);
        var returned = upper.post("/api/hardship-files/bulk-return", Map.of("ids", List.of(another), "note", "收入证明不全"));
        assertThat(returned.json().get("done").asInt()).isEqualTo(1);
        assertThat(upper.post("/api/hardship-files/bulk-approve", Map.of("ids", List.of())).status()).isEqualTo(400);
    }

    @Test
    void transfersAreAcceptedTogetherOnlyByTheReceivingSide() {
        long east = district(admin, unique("东调区"));
        long west = district(admin, unique("西调区"));
        long eastUnion = createOrg(admin, east, unique("东厂工会"), "GRASSROOTS", "ENTERPRISE");
        long westUnion = createOrg(admin, west, unique("西厂工会"), "GRASSROOTS", "ENTERPRISE");
        Http sender = userAt(admin, east, "DISTRICT_ADMIN", unique("east"));
        Http receiver = userAt(admin, west, "DISTRICT_ADMIN", unique("west"));
        List<Long> transfers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long m = MemberApiTest.register(sender, eastUnion, "调动人" + i, People.idNumber());
            transfers.add(sender.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "工作调动"))
                    .json().get("id").asLong());
        }
        assertThat(sender.post("/api/transfers/bulk-accept", Map.of("ids", transfers)).json().get("done").asInt())
                .as("the sending side cannot accept").isZero();
        var accepted = receiver.post("/api/transfers/bulk-accept", Map.of("ids", transfers));
        assertThat(accepted.json().get("done").asInt()).as(accepted.toString()).isEqualTo(3);
        assertThat(receiver.get("/api/transfers?direction=in&status=ACCEPTED").json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void censusReturnsAreApprovedTogetherButNotByTheUnionThatFiledThem() {
        long area = district(admin, unique("摸底区"));
        long a = createOrg(admin, area, unique("甲工会"), "GRASSROOTS", "ENTERPRISE");
        long b = createOrg(admin, area, unique("乙工会"), "GRASSROOTS", "ENTERPRISE");
        long census = admin.post("/api/census", Map.of("unionId", area, "name", unique("摸底排查"),
                "startsOn", java.time.LocalDate.now().minusDays(5).toString(), "endsOn", java.time.LocalDate.now().plusDays(30).toString()))
                .json().get("id").asLong();
        Http unionA = userAt(admin, a, "GRASSROOTS_ADMIN", unique("ua"));
        Map<String, Object> answers = Map.of("members", 10, "employees", 20);
        long ra = unionA.put("/api/census/" + census + "/returns/" + a, answers).json().get("id").asLong();
        long rb = admin.put("/api/census/" + census + "/returns/" + b, answers).json().get("id").asLong();
        assertThat(unionA.post("/api/census-returns/bulk-approve", Map.of("ids", List.of(ra))).json().get("done").asInt())
                .as("a union does not approve its own return").isZero();
        var approved = userAt(admin, area, "DISTRICT_ADMIN", unique("da")).post("/api/census-returns/bulk-approve",
                Map.of("ids", List.of(ra, rb)));
        assertThat(approved.json().get("done").asInt()).as(approved.toString()).isEqualTo(2);
    }

    @Test
    void nominationsPassTheirStageTogetherAndJoinApplicationsAreApprovedTogether() {
        long provincial = admin.get("/api/honor-titles").json().valueStream()
                .filter(t -> t.get("name").asString().equals("市劳动模范")).findFirst().orElseThrow().get("id").asLong();
        long campaign = admin.post("/api/honor-campaigns", Map.of("name", unique("劳模评选"), "year", java.time.LocalDate.now().getYear(),
                "nominateFrom", java.time.LocalDate.now().minusDays(1).toString(), "nominateTo", java.time.LocalDate.now().plusDays(5).toString(),
                "quotas", List.of(Map.of("titleId", provincial, "quota", 5)))).json().get("id").asLong();
        List<Long> nominations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var n = grassroots.post("/api/honor-campaigns/" + campaign + "/nominations", Map.of("unionId", union, "titleId", provincial,
                    "name", "候选人" + i, "idNumber", People.idNumber(), "achievements", "事迹"));
            assertThat(n.status()).as(n.toString()).isEqualTo(201);
            nominations.add(n.json().get("id").asLong());
        }
        var passed = upper.post("/api/nominations/bulk-approve", Map.of("ids", nominations, "note", "同意推荐"));
        assertThat(passed.json().get("done").asInt()).as(passed.toString()).isEqualTo(2);
        var returned = admin.post("/api/nominations/bulk-return", Map.of("ids", nominations, "note", "事迹材料请补充"));
        assertThat(returned.json().get("done").asInt()).as(returned.toString()).isEqualTo(2);

        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http applicant = new Http(port);
            String phone = "137" + String.format("%08d", (System.nanoTime() / 1000 + i) % 100_000_000L);
            applications.add(applicant.post("/api/public/join", Map.of("name", "申请人" + i, "idNumber", People.idNumber(), "phone", phone,
                    "employerName", "批量厂", "unionId", union, "consent", true,
                    "phoneCode", org.unionworks.support.CapturedCodes.requestFor(applicant, phone))).json().get("id").asLong());
        }
        var joined = upper.post("/api/join-applications/bulk-approve", Map.of("ids", applications));
        assertThat(joined.json().get("done").asInt()).as(joined.toString()).isEqualTo(2);
        assertThat(upper.get("/api/members?under=" + union).json().get("total").asLong()).isEqualTo(2);
    }
}
