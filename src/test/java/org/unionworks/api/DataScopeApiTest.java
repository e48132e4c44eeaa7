package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The data-scope sweep: a district administrator tries every endpoint with ids from a sibling
 * district. Each attempt answers 404 (or 403 where the role lacks the permission) and changes
 * nothing. The sweep fails when an endpoint exists that it does not cover.
 */
class DataScopeApiTest extends ApiTestBase {

    /** Endpoints with no per-union rows: the session itself and deployment-wide catalogues. */
    private static final Set<String> UNSCOPED = Set.of(
            "GET /api/openapi", "GET /api/auth/csrf", "POST /api/auth/login", "GET /api/auth/me", "POST /api/auth/password",
            "GET /api/dicts", "GET /api/dicts/{type}", "POST /api/dicts/{type}", "PUT /api/dicts/{type}/{id}",
            "GET /api/permissions", "GET /api/roles", "POST /api/roles", "PUT /api/roles/{id}", "DELETE /api/roles/{id}", "POST /api/roles/{id}/reset",
            "GET /api/census/import/template", "GET /api/annual-returns/import/template", "GET /api/{list}/import/template", "GET /api/{area}/{list}/import/template",
            "GET /api/public/unions", "POST /api/public/join", "POST /api/public/join/code", "GET /api/public/join/options",
            "GET /api/living-standards", "GET /api/figures/catalogue", "GET /api/reports/period", "GET /api/audit/entities",
            "POST /api/files",
            "GET /api/reports/templates/default", "GET /api/honor-titles", "GET /api/allowance-rules",
            "GET /api/public/showcase", "GET /api/public/notices", "POST /api/public/notices/{id}/objections",
            "GET /api/public/contest-results", "POST /api/public/contest-results/{id}/objections",
            "GET /api/contests/units/import/template", "GET /api/contests/entrants/import/template",
            "GET /api/public/stations", "GET /api/public/stations/boundary", "GET /api/service-places/boundary",
            "GET /api/programmes/beneficiaries/import/template",
            "GET /api/funds/shares", "GET /api/funds/return-rules", "GET /api/funds/closed-months", "POST /api/remittances/rematch");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Http admin;
    private Http districtAdmin;
    private long ownDistrict;
    private long otherDistrict;
    private long otherGrassroots;
    private static final java.time.LocalDate ELECTION_DAY = java.time.LocalDate.now().plusDays(20);
    private long otherUser;
    private long otherEmployer;
    private long otherCoverage;
    private long otherTerm;
    private long otherElection;
    private long otherCensus;
    private long otherReturn;
    private String otherJob;
    private long otherMember;
    private long otherTransfer;
    private long otherApplication;
    private long otherFile;
    private long otherRelief;
    private long otherCase;
    private long otherOutreach;
    private String otherFile2;
    private long otherRule;
    private long otherItem;
    private long otherMatter;
    private long otherActivity;
    private long otherRound;
    private long otherGroup;
    private long otherHonoree;
    private long otherAward;
    private long otherAid;
    private long otherCare;
    private long otherStory;
    private long otherCampaign;
    private long otherNomination;
    private long otherObjection;
    private long otherContest;
    private long otherContestItem;
    private long otherContestUnit;
    private long otherEntrant;
    private long otherContestObjection;
    private long otherStudio;
    private long otherAchievement;
    private long otherInnovation;
    private long otherEvaluation;
    private String otherEmployerCode;

    private record Attempt(String method, String pattern, String path, Object body) {
    }

    @BeforeEach
    void twoSiblingDistricts() {
        admin = admin();
        ownDistrict = district(admin, unique("本区"));
        createOrg(admin, ownDistrict, unique("本区公司"), "GRASSROOTS", "ENTERPRISE");
        otherDistrict = district(admin, unique("邻区"));
        otherGrassroots = createOrg(admin, otherDistrict, unique("邻区公司"), "GRASSROOTS", "ENTERPRISE");
        var created = admin.post("/api/users", Map.of("username", unique("other"), "displayName", "邻区用户",
                "unionId", otherDistrict, "roleIds", List.of(roleId(admin, "VIEWER"))));
        otherUser = created.json().get("user").get("id").asLong();
        districtAdmin = userAt(admin, ownDistrict, "DISTRICT_ADMIN", unique("da"));
        otherEmployer = EmployerApiTest.createEmployer(admin, otherDistrict, unique("邻区单位"), 50);
        otherCoverage = admin.post("/api/orgs/" + otherGrassroots + "/coverage",
                Map.of("employerId", otherEmployer, "fromDate", "2024-01-01")).json().get("id").asLong();
        // a five-year term that ends in a month, whatever day the test runs on: the district's 90-day reminder holds it
        otherTerm = admin.post("/api/orgs/" + otherGrassroots + "/terms",
                Map.of("startsOn", java.time.LocalDate.now().plusDays(30).minusYears(5).toString(), "lengthYears", 5)).json().get("id").asLong();
        otherElection = admin.post("/api/terms/" + otherTerm + "/election", Map.of("plannedOn", ELECTION_DAY.toString(),
                "approvalNo", "邻工发1号")).json().get("electionId").asLong();
        otherCensus = admin.post("/api/census", Map.of("unionId", otherDistrict, "name", unique("邻区摸底"),
                "startsOn", "2026-01-01", "endsOn", "2026-12-31")).json().get("id").asLong();
        String badRow = "工会名称,上级工会编号,组织类型\n,1,基层工会\n";
        otherJob = admin.importFile("/api/orgs/import", "bad.csv", badRow.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json().get("id").asString();
        otherMember = MemberApiTest.register(admin, otherGrassroots, "邻区会员", org.unionworks.support.People.idNumber());
        long otherGrassroots2 = createOrg(admin, otherDistrict, unique("邻区二厂"), "GRASSROOTS", "ENTERPRISE");
        otherTransfer = admin.post("/api/members/" + otherMember + "/transfers", Map.of("toUnionId", otherGrassroots2,
                "reason", "调动")).json().get("id").asLong();
        Http applicant = new Http(port);
        String applicantPhone = "136" + String.format("%08d", System.nanoTime() / 1000 % 100_000_000L);
        otherApplication = applicant.post("/api/public/join", Map.of("name", "邻区申请人",
                "idNumber", org.unionworks.support.People.idNumber(), "phone", applicantPhone, "employerName", "邻区厂",
                "unionId", otherGrassroots, "phoneCode", org.unionworks.support.CapturedCodes.requestFor(applicant, applicantPhone),
                "consent", true))
                .json().get("id").asLong();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        otherFile = admin.post("/api/hardship-files", hardshipFile(otherGrassroots)).json().get("id").asLong();
        otherRelief = admin.post("/api/temp-reliefs", Map.of("unionId", otherGrassroots, "name", "邻区临时",
                "idNumber", org.unionworks.support.People.idNumber(), "reason", "火灾", "reliefOn", "2026-01-01", "amount", 100))
                .json().get("id").asLong();
        otherCase = admin.post("/api/rights/cases", Map.of("unionId", otherDistrict, "kind", "WAGE_ARREARS",
                "employerName", "邻区劳务", "workersCount", 3, "acceptedOn", "2026-01-01")).json().get("id").asLong();
        otherOutreach = admin.post("/api/rights/outreach", Map.of("unionId", otherDistrict, "heldOn", "2026-01-01",
                "topic", "邻区讲座", "kind", "LECTURE")).json().get("id").asLong();
        otherFile2 = admin.upload("/api/files", "邻区.pdf", "%PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json().get("id").asString();
        otherRule = admin.post("/api/rules", Map.of("unionId", otherDistrict, "title", "邻区制度", "category", "FINANCE",
                "on", "2026-01-01", "body", "x")).json().get("id").asLong();
        otherItem = admin.post("/api/rectifications", Map.of("unionId", otherDistrict, "source", "AUDIT", "category", "ASSETS",
                "description", "x", "ownerPerson", "x", "foundOn", "2026-01-01", "deadline", "2026-02-01")).json().get("id").asLong();
        otherMatter = admin.post("/api/major-matters", Map.of("unionId", otherDistrict, "matter", "x", "matterType", "DECISION"))
                .json().get("id").asLong();
        otherActivity = admin.post("/api/activities", Map.of("unionId", otherDistrict, "kind", "TRAINING", "heldOn", "2026-01-01",
                "topic", "x", "participants", 1)).json().get("id").asLong();
        otherRound = admin.post("/api/research-rounds", Map.of("unionId", otherDistrict, "title", "x", "startsOn", "2026-01-01",
                "endsOn", "2026-01-02")).json().get("id").asLong();
        otherGroup = admin.post("/api/work-groups", Map.of("unionId", otherDistrict, "name", "x", "members", "x",
                "stationedUnionId", otherGrassroots, "startsOn", "2026-01-01")).json().get("id").asLong();
        otherHonoree = admin.post("/api/honorees", Map.of("unionId", otherDistrict, "kind", "PERSON", "name", "邻区劳模",
                "idNumber", org.unionworks.support.People.idNumber())).json().get("id").asLong();
        long title = admin.get("/api/honor-titles").json().get(0).get("id").asLong();
        otherAward = admin.post("/api/honorees/" + otherHonoree + "/awards", Map.of("titleId", title, "year", 2020))
                .json().get("honors").get(0).get("id").asLong();
        otherCare = admin.post("/api/honorees/" + otherHonoree + "/care", Map.of("kind", "VISIT", "on", "2025-01-01"))
                .json().get("care").get(0).get("id").asLong();
        otherAid = admin.get("/api/aid-records?under=" + otherDistrict).json().get("items").get(0).get("id").asLong();
        otherStory = admin.post("/api/honor-stories", Map.of("honoreeId", otherHonoree, "title", "邻区稿件", "body", "x"))
                .json().get("id").asLong();
        Http otherOrganizer = userAt(admin, otherDistrict, "SYS_ADMIN", unique("oo"));
        long provincial = admin.get("/api/honor-titles").json().valueStream()
                .filter(t -> t.get("name").asString().equals("省劳动模范")).findFirst().orElseThrow().get("id").asLong();
        otherCampaign = otherOrganizer.post("/api/honor-campaigns", Map.of("name", "邻区评选", "year", 2026,
                "nominateFrom", java.time.LocalDate.now().minusDays(1).toString(),
                "nominateTo", java.time.LocalDate.now().plusDays(5).toString(),
                "quotas", List.of(Map.of("titleId", provincial, "quota", 3)))).json().get("id").asLong();
        otherNomination = otherOrganizer.post("/api/honor-campaigns/" + otherCampaign + "/nominations", Map.of("unionId", otherGrassroots,
                "titleId", provincial, "name", "邻区候选人", "idNumber", org.unionworks.support.People.idNumber(),
                "achievements", "x")).json().get("id").asLong();
        otherObjection = objectionInNotice(userAt(admin, otherDistrict, "DISTRICT_ADMIN", unique("on")), otherOrganizer, provincial);
        otherReturn = admin.put("/api/census/" + otherCensus + "/returns/" + otherGrassroots,
                Map.of("members", 10, "employees", 20)).json().get("id").asLong();
        craftOfTheOtherDistrict();
        serviceOfTheOtherDistrict();
        otherContract = admin.post("/api/collective-contracts", Map.of("unionId", otherDistrict, "kind", "WAGE", "coverage", "SINGLE",
                "title", unique("邻区合同"), "offerOn", "2026-01-05", "offerParty", "UNION",
                "employers", List.of(Map.of("creditCode", admin.get("/api/employers/" + otherEmployer).json().get("creditCode").asString()))))
                .json().get("id").asLong();
        otherContractEmployer = admin.get("/api/collective-contracts/" + otherContract).json().get("employers").get(0).get("id").asLong();
        otherCongress = admin.post("/api/workers-congresses", Map.of("creditCode", otherEmployerCode, "form", "ASSEMBLY",
                "establishedOn", "2025-01-01")).json().get("id").asLong();
        otherSession = admin.post("/api/workers-congresses/" + otherCongress + "/sessions", Map.of("heldOn", "2026-03-01", "title", "x",
                "expected", 10, "present", 9)).json().get("id").asLong();
        otherProposal = admin.post("/api/congress-sessions/" + otherSession + "/proposals", Map.of("title", "x", "proposer", "x"))
                .json().get("id").asLong();
        otherDisclosure = admin.post("/api/disclosures", Map.of("creditCode", otherEmployerCode, "publishedOn", "2026-03-01",
                "channel", "BOARD", "subject", "邻区公开")).json().get("id").asLong();
        otherCommittee = admin.post("/api/womens-committees", Map.of("unionId", otherGrassroots, "formedOn", "2025-01-01",
                "formedBy", "NOMINATION", "chairName", "邻区主任", "memberNames", "甲、乙")).json().get("id").asLong();
        otherProtection = admin.post("/api/womens-protections", Map.of("creditCode", otherEmployerCode, "year", 2025, "fourPeriods", true))
                .json().get("id").asLong();
        otherMembersCongress = admin.post("/api/members-congresses", Map.of("unionId", otherGrassroots, "standing", false,
                "establishedOn", "2025-01-01", "seats", 20)).json().get("id").asLong();
        otherProcess = admin.post("/api/election-processes", Map.of("electionId", otherElection, "mode", "ASSEMBLY", "committeeSeats", 3))
                .json().get("id").asLong();
    }

    private long otherProcess;
    private long otherCommittee;
    private long otherMembersCongress;
    private long otherProtection;
    private long otherRemittance;
    private long otherFundReturn;
    private long otherAllocation;
    private long otherFundsAudit;

    private List<Attempt> electionsOfTheOtherDistrict() {
        String p = "/api/election-processes/" + otherProcess;
        String someId = org.unionworks.support.People.idNumber();
        return List.of(
                new Attempt("GET", "/api/election-processes", "/api/election-processes?under=" + otherDistrict, null),
                new Attempt("GET", "/api/election-processes/{id}", p, null),
                new Attempt("GET", "/api/election-processes/{id}/export", p + "/export", null),
                new Attempt("POST", "/api/election-processes", "/api/election-processes", Map.of("electionId", otherElection, "mode", "ASSEMBLY",
                        "committeeSeats", 3)),
                new Attempt("PUT", "/api/election-processes/{id}", p, Map.of("mode", "ASSEMBLY", "committeeSeats", 5, "version", 0)),
                new Attempt("POST", "/api/election-processes/{id}/candidates", p + "/candidates", Map.of("body", "COMMITTEE", "idNumber", someId)),
                new Attempt("DELETE", "/api/election-processes/{id}/candidates/{candidateId}", p + "/candidates/1", null),
                new Attempt("POST", "/api/election-processes/{id}/submission", p + "/submission?version=0", Map.of()),
                new Attempt("POST", "/api/election-processes/{id}/candidates-review", p + "/candidates-review", Map.of("approved", false,
                        "comment", "x", "version", 0)),
                new Attempt("POST", "/api/election-processes/{id}/ballots", p + "/ballots", Map.of("idNumbers", List.of(someId))),
                new Attempt("POST", "/api/election-processes/{id}/result", p + "/result", Map.of("votingOn", "2026-12-01",
                        "ballotsReturned", 1, "votes", List.of(Map.of("candidateId", 1, "votes", 1)), "version", 0)),
                new Attempt("POST", "/api/election-processes/{id}/offices", p + "/offices", Map.of("chairId", 1, "version", 0)),
                new Attempt("POST", "/api/election-processes/{id}/result-approval", p + "/result-approval", Map.of("reportNo", "x",
                        "approvedOn", "2026-12-01", "newTermYears", 5, "version", 0)),
                new Attempt("POST", "/api/terms/{id}/postponement", "/api/terms/" + otherTerm + "/postponement", Map.of("askedTo", "2027-03-01",
                        "reason", "x", "version", 0)),
                new Attempt("POST", "/api/terms/{id}/postponement/approval", "/api/terms/" + otherTerm + "/postponement/approval",
                        Map.of("approvalNo", "x", "approvedOn", "2026-12-01", "version", 0)),
                new Attempt("DELETE", "/api/terms/{id}/postponement", "/api/terms/" + otherTerm + "/postponement?version=0", null),
                new Attempt("GET", "/api/womens-committees", "/api/womens-committees?under=" + otherDistrict, null),
                new Attempt("GET", "/api/womens-committees/lacking", "/api/womens-committees/lacking?under=" + otherDistrict, null),
                new Attempt("POST", "/api/womens-committees", "/api/womens-committees", Map.of("unionId", otherGrassroots, "formedOn", "2025-01-01",
                        "formedBy", "NOMINATION", "chairName", "x", "memberNames", "x")),
                new Attempt("PUT", "/api/womens-committees/{id}", "/api/womens-committees/" + otherCommittee, Map.of("formedOn", "2025-01-01",
                        "formedBy", "NOMINATION", "chairName", "越权", "memberNames", "x", "version", 0)),
                new Attempt("GET", "/api/womens-protections", "/api/womens-protections?under=" + otherDistrict, null),
                new Attempt("GET", "/api/womens-protections/export", "/api/womens-protections/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/womens-protections", "/api/womens-protections", Map.of("creditCode", otherEmployerCode, "year", 2026,
                        "fourPeriods", true)),
                new Attempt("PUT", "/api/womens-protections/{id}", "/api/womens-protections/" + otherProtection, Map.of("year", 2025,
                        "fourPeriods", false, "version", 0)),
                new Attempt("DELETE", "/api/womens-protections/{id}", "/api/womens-protections/" + otherProtection, null),
                new Attempt("GET", "/api/members-congresses", "/api/members-congresses?under=" + otherDistrict, null),
                new Attempt("GET", "/api/members-congresses/{id}", "/api/members-congresses/" + otherMembersCongress, null),
                new Attempt("GET", "/api/members-congresses/export", "/api/members-congresses/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/womens-committees/export", "/api/womens-committees/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/members-congresses", "/api/members-congresses", Map.of("unionId", otherGrassroots, "standing", false,
                        "establishedOn", "2025-01-01", "seats", 20)),
                new Attempt("PUT", "/api/members-congresses/{id}", "/api/members-congresses/" + otherMembersCongress, Map.of("standing", false,
                        "establishedOn", "2025-01-01", "seats", 21, "version", 0)),
                new Attempt("POST", "/api/members-congresses/{id}/representatives", "/api/members-congresses/" + otherMembersCongress
                        + "/representatives", Map.of("idNumber", org.unionworks.support.People.idNumber(), "electedOn", "2025-02-01")),
                new Attempt("POST", "/api/members-congresses/{id}/representatives/{representativeId}/end", "/api/members-congresses/"
                        + otherMembersCongress + "/representatives/1/end", Map.of("on", "2026-01-01")),
                new Attempt("POST", "/api/members-congresses/{id}/meetings", "/api/members-congresses/" + otherMembersCongress + "/meetings",
                        Map.of("heldOn", "2026-01-01", "title", "x", "expected", 10, "present", 9)));
    }

    private long otherCongress;
    private long otherSession;
    private long otherProposal;
    private long otherDisclosure;

    private long otherContract;
    private long otherContractEmployer;

    private List<Attempt> democracyAttempts() {
        String c = "/api/collective-contracts/" + otherContract;
        Map<String, Object> contract = Map.of("unionId", otherDistrict, "kind", "WAGE", "coverage", "SINGLE", "title", "x",
                "offerOn", "2026-01-05", "offerParty", "UNION", "version", 0);
        return List.of(
                new Attempt("GET", "/api/collective-contracts", "/api/collective-contracts?under=" + otherDistrict, null),
                new Attempt("GET", "/api/collective-contracts/export", "/api/collective-contracts/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/collective-contracts/{id}", c, null),
                new Attempt("POST", "/api/collective-contracts", "/api/collective-contracts", contract),
                new Attempt("PUT", "/api/collective-contracts/{id}", c, contract),
                new Attempt("POST", "/api/collective-contracts/{id}/sign", c + "/sign", Map.of("signedOn", "2026-02-01", "startsOn", "2026-02-01",
                        "endsOn", "2027-01-31", "workersCovered", 1, "version", 0)),
                new Attempt("POST", "/api/collective-contracts/{id}/file", c + "/file", Map.of("filedOn", "2026-02-10", "filingNo", "x", "version", 0)),
                new Attempt("POST", "/api/collective-contracts/{id}/terminate", c + "/terminate", Map.of("on", "2026-03-01", "version", 0)),
                new Attempt("POST", "/api/collective-contracts/{id}/renew", c + "/renew", Map.of()),
                new Attempt("POST", "/api/collective-contracts/{id}/employers", c + "/employers", Map.of("creditCode", otherEmployerCode)),
                new Attempt("DELETE", "/api/collective-contracts/{id}/employers/{rowId}", c + "/employers/" + otherContractEmployer, null),
                new Attempt("GET", "/api/workers-congresses", "/api/workers-congresses?under=" + otherDistrict, null),
                new Attempt("GET", "/api/workers-congresses/{id}", "/api/workers-congresses/" + otherCongress, null),
                new Attempt("POST", "/api/workers-congresses", "/api/workers-congresses", Map.of("creditCode", otherEmployerCode, "form", "ASSEMBLY",
                        "establishedOn", "2025-01-01")),
                new Attempt("PUT", "/api/workers-congresses/{id}", "/api/workers-congresses/" + otherCongress, Map.of("form", "ASSEMBLY",
                        "establishedOn", "2024-01-01", "version", 0)),
                new Attempt("POST", "/api/workers-congresses/{id}/abolish", "/api/workers-congresses/" + otherCongress + "/abolish",
                        Map.of("on", "2026-01-02", "version", 0)),
                new Attempt("GET", "/api/workers-congresses/{id}/sessions", "/api/workers-congresses/" + otherCongress + "/sessions", null),
                new Attempt("POST", "/api/workers-congresses/{id}/sessions", "/api/workers-congresses/" + otherCongress + "/sessions",
                        Map.of("heldOn", "2026-03-02", "title", "x", "expected", 10, "present", 9)),
                new Attempt("PUT", "/api/workers-congresses/{id}/sessions/{sessionId}", "/api/workers-congresses/" + otherCongress + "/sessions/"
                        + otherSession, Map.of("heldOn", "2026-03-02", "title", "越权", "expected", 10, "present", 9, "version", 0)),
                new Attempt("POST", "/api/congress-sessions/{sessionId}/proposals", "/api/congress-sessions/" + otherSession + "/proposals",
                        Map.of("title", "x", "proposer", "x")),
                new Attempt("PUT", "/api/congress-sessions/{sessionId}/proposals/{proposalId}", "/api/congress-sessions/" + otherSession
                        + "/proposals/" + otherProposal, Map.of("title", "越权", "proposer", "x", "version", 0)),
                new Attempt("POST", "/api/congress-sessions/{sessionId}/proposals/{proposalId}/handle", "/api/congress-sessions/" + otherSession
                        + "/proposals/" + otherProposal + "/handle", Map.of("action", "ACCEPT")),
                new Attempt("GET", "/api/disclosures", "/api/disclosures?under=" + otherDistrict, null),
                new Attempt("GET", "/api/disclosures/export", "/api/disclosures/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/disclosures", "/api/disclosures", Map.of("creditCode", otherEmployerCode, "publishedOn", "2026-03-01",
                        "channel", "BOARD", "subject", "x")),
                new Attempt("DELETE", "/api/disclosures/{id}", "/api/disclosures/" + otherDisclosure, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/collective-contracts/import",
                        "协商工会,合同名称,合同类别,覆盖范围,覆盖单位统一社会信用代码,要约日期,签订日期,生效日期,终止日期,覆盖职工人数\n" + otherDistrict
                                + ",越权,综合集体合同,单一企业," + otherEmployerCode + ",2026-01-01,2026-01-10,2026-01-11,2027-01-10,10\n"));
    }

    private long otherProgramme;
    private long otherBeneficiary;
    private long otherStandard;
    private long otherEnrolment;
    private long otherClaim;
    private long otherPlace;
    private long otherGrant;

    /** A programme with one beneficiary and a standard; an enrolment and a claim; a station with a grant. */
    private void serviceOfTheOtherDistrict() {
        String today = java.time.LocalDate.now().toString();
        otherProgramme = admin.post("/api/programmes", Map.of("unionId", otherDistrict, "kind", "SCHOOL", "name", unique("邻区助学"),
                "startsOn", "2026-01-01", "endsOn", "2026-01-31")).json().get("id").asLong();
        otherBeneficiary = admin.post("/api/programmes/" + otherProgramme + "/beneficiaries", Map.of("recipient", "PERSON", "name", "邻区学生",
                "cash", 1000)).json().get("id").asLong();
        otherStandard = admin.post("/api/programme-standards", Map.of("unionId", otherDistrict, "kind", "WARMTH", "category", "NEEDY",
                "cashPerPerson", 800, "effectiveFrom", "2026-01-01")).json().get("id").asLong();
        otherEnrolment = admin.post("/api/insurance/enrolments", Map.of("unionId", otherDistrict, "year", 2026, "unitName", "邻区厂",
                "insuredWorkers", 10, "premiumPerPerson", 60)).json().get("id").asLong();
        otherClaim = admin.post("/api/insurance/claims", Map.of("unionId", otherDistrict, "year", 2026, "name", "邻区患者",
                "idNumber", org.unionworks.support.People.idNumber(), "illnessCategory", "INPATIENT", "claimedOn", today,
                "amountClaimed", 1000)).json().get("id").asLong();
        otherPlace = admin.post("/api/service-places", Map.of("unionId", otherDistrict, "kind", "STATION", "name", unique("邻区驿站"),
                "hostName", "x", "address", "x", "openedOn", "2025-01-01", "longitude", 114, "latitude", 22.5)).json().get("id").asLong();
        otherGrant = admin.post("/api/service-places/" + otherPlace + "/grants", Map.of("amount", 100, "grantedOn", today))
                .json().get("id").asLong();
    }

    private List<Attempt> serviceAttempts() {
        String p = "/api/programmes/" + otherProgramme;
        String b = p + "/beneficiaries/" + otherBeneficiary;
        String today = java.time.LocalDate.now().toString();
        Map<String, Object> programme = Map.of("unionId", otherDistrict, "kind", "SUMMER", "name", "x", "startsOn", "2026-01-01",
                "endsOn", "2026-01-31", "version", 0);
        Map<String, Object> person = Map.of("recipient", "PERSON", "name", "x", "cash", 1, "version", 0);
        Map<String, Object> standard = Map.of("unionId", otherDistrict, "kind", "WARMTH", "category", "NEEDY", "cashPerPerson", 1,
                "effectiveFrom", "2026-02-01", "version", 0);
        Map<String, Object> enrolment = Map.of("unionId", otherDistrict, "year", 2026, "unitName", "x", "insuredWorkers", 1,
                "premiumPerPerson", 1, "version", 0);
        Map<String, Object> claim = Map.of("unionId", otherDistrict, "year", 2026, "name", "x", "idNumber", org.unionworks.support.People.idNumber(),
                "illnessCategory", "INPATIENT", "claimedOn", today, "amountClaimed", 1, "version", 0);
        Map<String, Object> place = Map.of("unionId", otherDistrict, "kind", "STATION", "name", "x", "hostName", "x", "address", "x",
                "openedOn", "2025-01-01", "version", 0);
        Map<String, Object> grant = Map.of("amount", 1, "grantedOn", today, "version", 0);
        String pl = "/api/service-places/" + otherPlace;
        return List.of(
                new Attempt("GET", "/api/programmes", "/api/programmes?under=" + otherDistrict, null),
                new Attempt("GET", "/api/programmes/export", "/api/programmes/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/programmes/{id}", p, null),
                new Attempt("POST", "/api/programmes", "/api/programmes", programme),
                new Attempt("PUT", "/api/programmes/{id}", p, programme),
                new Attempt("DELETE", "/api/programmes/{id}", p, null),
                new Attempt("POST", "/api/programmes/{id}/notice", p + "/notice", Map.of("noticeFrom", "2026-01-01", "noticeTo", "2026-01-02")),
                new Attempt("GET", "/api/programmes/{id}/beneficiaries", p + "/beneficiaries", null),
                new Attempt("GET", "/api/programmes/{id}/beneficiaries/export", p + "/beneficiaries/export", null),
                new Attempt("POST", "/api/programmes/{id}/beneficiaries", p + "/beneficiaries", person),
                new Attempt("PUT", "/api/programmes/{id}/beneficiaries/{beneficiaryId}", b, person),
                new Attempt("DELETE", "/api/programmes/{id}/beneficiaries/{beneficiaryId}", b, null),
                new Attempt("POST", "/api/programmes/{id}/beneficiaries/{beneficiaryId}/review", b + "/review",
                        Map.of("approved", true, "reviewedOn", today)),
                new Attempt("POST", "/api/programmes/{id}/beneficiaries/{beneficiaryId}/pay", b + "/pay", Map.of("givenOn", today)),
                new Attempt("POST", "/api/programmes/{id}/pay-approved", p + "/pay-approved", Map.of("givenOn", today)),
                new Attempt("UPLOAD", "/api/programmes/{id}/beneficiaries/import", p + "/beneficiaries/import", "受益对象类型,姓名或单位名称\n个人,越权\n"),
                new Attempt("GET", "/api/programme-standards", "/api/programme-standards?under=" + otherDistrict, null),
                new Attempt("GET", "/api/programme-standards/in-force",
                        "/api/programme-standards/in-force?unionId=" + otherDistrict + "&kind=WARMTH&category=NEEDY", null),
                new Attempt("POST", "/api/programme-standards", "/api/programme-standards", standard),
                new Attempt("PUT", "/api/programme-standards/{id}", "/api/programme-standards/" + otherStandard, standard),
                new Attempt("GET", "/api/insurance/enrolments", "/api/insurance/enrolments?under=" + otherDistrict, null),
                new Attempt("GET", "/api/insurance/enrolments/export", "/api/insurance/enrolments/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/insurance/enrolments", "/api/insurance/enrolments", enrolment),
                new Attempt("PUT", "/api/insurance/enrolments/{id}", "/api/insurance/enrolments/" + otherEnrolment, enrolment),
                new Attempt("GET", "/api/insurance/claims", "/api/insurance/claims?under=" + otherDistrict, null),
                new Attempt("GET", "/api/insurance/claims/export", "/api/insurance/claims/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/insurance/claims", "/api/insurance/claims", claim),
                new Attempt("PUT", "/api/insurance/claims/{id}", "/api/insurance/claims/" + otherClaim, claim),
                new Attempt("GET", "/api/insurance/totals", "/api/insurance/totals?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/insurance/enrolments/import",
                        "经办工会,参保年度,参保单位,参保人数,每人互助金（元）\n" + otherDistrict + ",2026,越权厂,1,60\n"),
                new Attempt("GET", "/api/service-places", "/api/service-places?under=" + otherDistrict, null),
                new Attempt("GET", "/api/service-places/export", "/api/service-places/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/service-places/map", "/api/service-places/map?under=" + otherDistrict, null),
                new Attempt("GET", "/api/service-places/{id}", pl, null),
                new Attempt("POST", "/api/service-places", "/api/service-places", place),
                new Attempt("PUT", "/api/service-places/{id}", pl, place),
                new Attempt("POST", "/api/service-places/{id}/status", pl + "/status", Map.of("status", "CLOSED", "on", today, "version", 0)),
                new Attempt("GET", "/api/service-places/{id}/grants", pl + "/grants", null),
                new Attempt("POST", "/api/service-places/{id}/grants", pl + "/grants", grant),
                new Attempt("PUT", "/api/service-places/{id}/grants/{grantId}", pl + "/grants/" + otherGrant, grant),
                new Attempt("GET", "/api/service-places/{id}/years", pl + "/years", null),
                new Attempt("POST", "/api/service-places/{id}/years", pl + "/years", Map.of("year", 2025, "visits", 1, "review", "REVOKE")),
                new Attempt("UPLOAD", "/api/service-places/boundary", "/api/service-places/boundary",
                        "{\"type\":\"FeatureCollection\",\"features\":[]}"));
    }

    /** A contest in 公示 with an item, a unit, a finalist and an objection; a studio with an achievement; 五小; an evaluation. */
    private void craftOfTheOtherDistrict() {
        String today = java.time.LocalDate.now().toString();
        otherContest = admin.post("/api/contests", Map.of("unionId", otherDistrict, "name", "邻区竞赛", "kind", "SKILL",
                "level", "DISTRICT", "startsOn", "2026-01-01", "endsOn", "2026-01-31")).json().get("id").asLong();
        String c = "/api/contests/" + otherContest;
        otherContestItem = admin.post(c + "/items", Map.of("name", "钳工")).json().get("id").asLong();
        otherContestUnit = admin.post(c + "/units", Map.of("name", "邻区厂", "entrants", 10)).json().get("id").asLong();
        otherEntrant = admin.post(c + "/entrants", Map.of("itemId", otherContestItem, "name", "邻区选手", "stage", "FINAL",
                "prizeTier", "FIRST")).json().get("id").asLong();
        admin.post(c + "/notice", Map.of("noticeFrom", today, "noticeTo", today, "version", admin.get(c).json().get("version").asLong()));
        new Http(port).post("/api/public/contest-results/" + otherContest + "/objections", Map.of("content", "邻区异议"));
        otherContestObjection = admin.get(c + "/objections").json().get(0).get("id").asLong();
        otherStudio = admin.post("/api/studios", Map.of("unionId", otherDistrict, "name", unique("邻区工作室"), "level", "DISTRICT",
                "namedYear", 2025, "leaderName", "x", "hostName", "x")).json().get("id").asLong();
        otherAchievement = admin.post("/api/studios/" + otherStudio + "/achievements", Map.of("kind", "PATENT", "title", "x",
                "achievedOn", "2026-01-01")).json().get("id").asLong();
        otherInnovation = admin.post("/api/innovations", Map.of("unionId", otherDistrict, "title", "x", "category", "INVENTION",
                "authors", "x", "employerName", "x", "achievedOn", "2026-01-01")).json().get("id").asLong();
        otherEmployerCode = admin.get("/api/employers/" + otherEmployer).json().get("creditCode").asString();
        otherEvaluation = admin.post("/api/employer-evaluations", Map.of("creditCode", otherEmployerCode, "year", 2026, "kind", "TITLE"))
                .json().get("id").asLong();
        fundsSetup();
    }

    private void fundsSetup() {
        otherRemittance = admin.post("/api/remittances", Map.of("creditCode", otherEmployerCode, "month", "2025-03", "payroll", "100000",
                "paid", "2000", "payerType", "FUNDS", "channel", "TAX", "paidOn", "2025-04-10")).json().get("id").asLong();
        otherFundReturn = admin.post("/api/fund-returns", Map.of("creditCode", otherEmployerCode, "year", 2025, "returnedOn", "2026-03-01",
                "approvalNo", "返1号")).json().get("id").asLong();
        otherAllocation = admin.post("/api/fund-allocations", Map.of("unionId", otherDistrict, "purpose", "PROJECT", "project", "邻区项目",
                "amount", "1000", "allocatedOn", "2026-03-01", "approvalNo", "拨1号", "approvedBy", "x")).json().get("id").asLong();
        otherFundsAudit = admin.post("/api/funds-audits", Map.of("unionId", otherGrassroots, "year", 2026, "kind", "UNION", "scope", "x",
                "coversFrom", "2025-01-01", "coversTo", "2025-12-31", "plannedMonth", "2026-06")).json().get("id").asLong();
    }

    private List<Attempt> fundsAttempts() {
        String u = "?under=" + otherDistrict;
        Map<String, Object> remittance = Map.of("creditCode", otherEmployerCode, "month", "2025-04", "payroll", "1", "paid", "0",
                "payerType", "FUNDS", "channel", "TAX", "version", 0);
        Map<String, Object> correction = Map.of("month", "2025-05", "payroll", "0", "due", "0", "paid", "1", "paidOn", "2025-05-02",
                "note", "x", "approvalNo", "x", "amount", "1", "on", "2026-03-02");
        Map<String, Object> allocation = Map.of("purpose", "PROJECT", "project", "x", "amount", "1", "allocatedOn", "2026-03-01",
                "approvalNo", "x", "approvedBy", "x", "version", 0);
        Map<String, Object> audit = Map.of("unionId", otherGrassroots, "year", 2026, "kind", "UNION", "scope", "x", "coversFrom", "2025-01-01",
                "coversTo", "2025-12-31", "plannedMonth", "2026-06", "version", 0);
        Map<String, Object> step = Map.of("on", "2026-03-01", "conclusion", "x", "reportFile", otherFile2, "version", 0);
        return List.of(
                new Attempt("GET", "/api/remittances", "/api/remittances" + u, null),
                new Attempt("GET", "/api/remittances/export", "/api/remittances/export" + u, null),
                new Attempt("GET", "/api/remittances/arrears", "/api/remittances/arrears" + u, null),
                new Attempt("GET", "/api/remittances/silent", "/api/remittances/silent" + u, null),
                new Attempt("GET", "/api/remittances/preparatory-payers", "/api/remittances/preparatory-payers" + u, null),
                new Attempt("GET", "/api/remittances/split", "/api/remittances/split" + u, null),
                new Attempt("POST", "/api/remittances", "/api/remittances", remittance),
                new Attempt("PUT", "/api/remittances/{id}", "/api/remittances/" + otherRemittance, remittance),
                new Attempt("DELETE", "/api/remittances/{id}", "/api/remittances/" + otherRemittance, null),
                new Attempt("POST", "/api/remittances/{id}/corrections", "/api/remittances/" + otherRemittance + "/corrections", correction),
                new Attempt("GET", "/api/fund-returns", "/api/fund-returns" + u, null),
                new Attempt("GET", "/api/fund-returns/export", "/api/fund-returns/export" + u, null),
                new Attempt("GET", "/api/fund-returns/eligible", "/api/fund-returns/eligible" + u + "&year=2025", null),
                new Attempt("POST", "/api/fund-returns", "/api/fund-returns", Map.of("creditCode", otherEmployerCode, "year", 2025,
                        "returnedOn", "2026-03-01", "approvalNo", "x")),
                new Attempt("POST", "/api/fund-returns/{id}/corrections", "/api/fund-returns/" + otherFundReturn + "/corrections", correction),
                new Attempt("GET", "/api/fund-allocations", "/api/fund-allocations" + u, null),
                new Attempt("GET", "/api/fund-allocations/export", "/api/fund-allocations/export" + u, null),
                new Attempt("GET", "/api/fund-allocations/spending", "/api/fund-allocations/spending" + u + "&from=2026-01-01&to=2026-12-31", null),
                new Attempt("POST", "/api/fund-allocations", "/api/fund-allocations", Map.of("unionId", otherDistrict, "purpose", "PROJECT",
                        "project", "x", "amount", "1", "allocatedOn", "2026-03-01", "approvalNo", "x", "approvedBy", "x")),
                new Attempt("PUT", "/api/fund-allocations/{id}", "/api/fund-allocations/" + otherAllocation, allocation),
                new Attempt("DELETE", "/api/fund-allocations/{id}", "/api/fund-allocations/" + otherAllocation, null),
                new Attempt("POST", "/api/fund-allocations/{id}/corrections", "/api/fund-allocations/" + otherAllocation + "/corrections",
                        correction),
                new Attempt("GET", "/api/funds-audits", "/api/funds-audits" + u, null),
                new Attempt("GET", "/api/funds-audits/export", "/api/funds-audits/export" + u, null),
                new Attempt("POST", "/api/funds-audits", "/api/funds-audits", audit),
                new Attempt("PUT", "/api/funds-audits/{id}", "/api/funds-audits/" + otherFundsAudit, audit),
                new Attempt("DELETE", "/api/funds-audits/{id}", "/api/funds-audits/" + otherFundsAudit, null),
                new Attempt("POST", "/api/funds-audits/{id}/start", "/api/funds-audits/" + otherFundsAudit + "/start", step),
                new Attempt("POST", "/api/funds-audits/{id}/report", "/api/funds-audits/" + otherFundsAudit + "/report", step),
                new Attempt("GET", "/api/funds-audits/{id}/findings", "/api/funds-audits/" + otherFundsAudit + "/findings", null),
                new Attempt("POST", "/api/funds-audits/{id}/findings", "/api/funds-audits/" + otherFundsAudit + "/findings",
                        Map.of("category", "OTHER", "description", "x", "ownerPerson", "x", "deadline", "2026-12-31", "foundOn", "2026-03-01")),
                new Attempt("POST", "/api/funds/shares", "/api/funds/shares", Map.of("payerType", "FUNDS", "effectiveFrom", "2000-01-01",
                        "grassroots", "60", "district", "15", "city", "15", "province", "5", "national", "5")),
                new Attempt("POST", "/api/funds/return-rules", "/api/funds/return-rules", Map.of("effectiveFrom", "2000-01-01",
                        "maxEmployees", 100, "returnPercent", "100", "requirePaidUp", true)),
                new Attempt("POST", "/api/funds/closed-months", "/api/funds/closed-months", Map.of("month", "2000-01")));
    }

    /** The other district's 2026 annual returns, started by the city. */
    private List<Attempt> statisticsAttempts() {
        var started = admin.post("/api/annual-returns/generate", Map.of("year", 2026, "unionId", otherDistrict));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        long other = admin.get("/api/annual-returns?year=2026&under=" + otherGrassroots).json().get("items").get(0).get("id").asLong();
        String r = "/api/annual-returns/" + other;
        String u = "?year=2026&under=" + otherDistrict;
        Map<String, Object> review = Map.of("comment", "x", "version", 0);
        return List.of(
                new Attempt("GET", "/api/annual-returns", "/api/annual-returns" + u, null),
                new Attempt("GET", "/api/annual-returns/progress", "/api/annual-returns/progress" + u, null),
                new Attempt("GET", "/api/annual-returns/failures", "/api/annual-returns/failures" + u, null),
                new Attempt("GET", "/api/annual-returns/export", "/api/annual-returns/export" + u, null),
                new Attempt("GET", "/api/annual-returns/{id}", r, null),
                new Attempt("GET", "/api/annual-returns/{id}/differences", r + "/differences", null),
                new Attempt("GET", "/api/annual-returns/{id}/docx", r + "/docx", null),
                new Attempt("POST", "/api/annual-returns/{id}/failures/{check}/rectify", r + "/failures/C05/rectify",
                        Map.of("ownerPerson", "x", "deadline", "2030-01-01")),
                new Attempt("PUT", "/api/annual-returns/{id}/answers", r + "/answers",
                        Map.of("answers", List.of(Map.of("code", "J104", "value", 1)), "version", 0)),
                new Attempt("POST", "/api/annual-returns/{id}/refresh", r + "/refresh", Map.of()),
                new Attempt("POST", "/api/annual-returns/{id}/submit", r + "/submit", Map.of("signerName", "x", "signedOn", "2026-11-01")),
                new Attempt("POST", "/api/annual-returns/{id}/approve", r + "/approve", review),
                new Attempt("POST", "/api/annual-returns/{id}/send-back", r + "/send-back", review),
                new Attempt("POST", "/api/annual-returns/{id}/reopen", r + "/reopen", review),
                new Attempt("POST", "/api/annual-returns/generate", "/api/annual-returns/generate", Map.of("year", 2026, "unionId", otherDistrict)),
                new Attempt("POST", "/api/annual-returns/check", "/api/annual-returns/check", Map.of("year", 2026, "unionId", otherDistrict)),
                new Attempt("POST", "/api/annual-returns/questionnaire", "/api/annual-returns/questionnaire",
                        Map.of("year", 2026, "unionId", otherDistrict, "endsOn", "2099-01-01")),
                new Attempt("UPLOAD", "/api/annual-returns/import", "/api/annual-returns/import?year=2026",
                        "工会,J104 其中：女职工（人）\n" + otherGrassroots + ",1\n"));
    }

    private List<Attempt> craftAttempts() {
        String c = "/api/contests/" + otherContest;
        Map<String, Object> contest = Map.of("unionId", otherDistrict, "name", "x", "kind", "SKILL", "level", "DISTRICT",
                "startsOn", "2026-01-01", "endsOn", "2026-01-31", "version", 0);
        Map<String, Object> entrant = Map.of("itemId", otherContestItem, "name", "x", "stage", "PRACTICE", "version", 0);
        Map<String, Object> studio = Map.of("unionId", otherDistrict, "name", "x", "level", "DISTRICT", "namedYear", 2025,
                "leaderName", "x", "hostName", "x", "version", 0);
        Map<String, Object> achievement = Map.of("kind", "PATENT", "title", "x", "achievedOn", "2026-01-01", "version", 0);
        Map<String, Object> innovation = Map.of("unionId", otherDistrict, "title", "x", "category", "INVENTION", "authors", "x",
                "employerName", "x", "achievedOn", "2026-01-01", "version", 0);
        return List.of(
                new Attempt("GET", "/api/contests", "/api/contests?under=" + otherDistrict, null),
                new Attempt("GET", "/api/data-quality", "/api/data-quality?under=" + otherDistrict, null),
                new Attempt("GET", "/api/data-quality/{code}", "/api/data-quality/UNION_FOUNDED_ROUGH?under=" + otherDistrict, null),
                new Attempt("GET", "/api/contests/export", "/api/contests/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/contests/{id}", c, null),
                new Attempt("POST", "/api/contests", "/api/contests", contest),
                new Attempt("PUT", "/api/contests/{id}", c, contest),
                new Attempt("POST", "/api/contests/{id}/notice", c + "/notice", Map.of("noticeFrom", "2026-01-01", "noticeTo", "2026-01-02")),
                new Attempt("POST", "/api/contests/{id}/withdraw-notice", c + "/withdraw-notice", Map.of("version", 0)),
                new Attempt("POST", "/api/contests/{id}/publish", c + "/publish", Map.of("version", 0)),
                new Attempt("GET", "/api/contests/{id}/objections", c + "/objections", null),
                new Attempt("POST", "/api/contest-objections/{id}/resolve", "/api/contest-objections/" + otherContestObjection + "/resolve",
                        Map.of("resolution", "x")),
                new Attempt("GET", "/api/contests/{id}/items", c + "/items", null),
                new Attempt("POST", "/api/contests/{id}/items", c + "/items", Map.of("name", "x")),
                new Attempt("PUT", "/api/contests/{id}/items/{itemId}", c + "/items/" + otherContestItem, Map.of("name", "x", "version", 0)),
                new Attempt("DELETE", "/api/contests/{id}/items/{itemId}", c + "/items/" + otherContestItem, null),
                new Attempt("GET", "/api/contests/{id}/units", c + "/units", null),
                new Attempt("POST", "/api/contests/{id}/units", c + "/units", Map.of("name", "x")),
                new Attempt("PUT", "/api/contests/{id}/units/{unitId}", c + "/units/" + otherContestUnit, Map.of("name", "x", "version", 0)),
                new Attempt("DELETE", "/api/contests/{id}/units/{unitId}", c + "/units/" + otherContestUnit, null),
                new Attempt("GET", "/api/contests/{id}/entrants", c + "/entrants", null),
                new Attempt("POST", "/api/contests/{id}/entrants", c + "/entrants", entrant),
                new Attempt("PUT", "/api/contests/{id}/entrants/{entrantId}", c + "/entrants/" + otherEntrant, entrant),
                new Attempt("DELETE", "/api/contests/{id}/entrants/{entrantId}", c + "/entrants/" + otherEntrant, null),
                new Attempt("POST", "/api/contests/{id}/entrants/{entrantId}/nominate", c + "/entrants/" + otherEntrant + "/nominate",
                        Map.of("campaignId", otherCampaign, "titleId", 1, "unionId", otherGrassroots, "achievements", "x")),
                new Attempt("GET", "/api/contests/{id}/entrants/export", c + "/entrants/export", null),
                new Attempt("UPLOAD", "/api/contests/{id}/units/import", c + "/units/import", "参赛单位名称\n越权厂\n"),
                new Attempt("UPLOAD", "/api/contests/{id}/entrants/import", c + "/entrants/import", "比武项目,姓名,参赛阶段\n钳工,越权,决赛\n"),
                new Attempt("GET", "/api/studios", "/api/studios?under=" + otherDistrict, null),
                new Attempt("GET", "/api/studios/export", "/api/studios/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/studios/{id}", "/api/studios/" + otherStudio, null),
                new Attempt("POST", "/api/studios", "/api/studios", studio),
                new Attempt("PUT", "/api/studios/{id}", "/api/studios/" + otherStudio, studio),
                new Attempt("GET", "/api/studios/{id}/achievements", "/api/studios/" + otherStudio + "/achievements", null),
                new Attempt("POST", "/api/studios/{id}/achievements", "/api/studios/" + otherStudio + "/achievements", achievement),
                new Attempt("PUT", "/api/studios/{id}/achievements/{achievementId}",
                        "/api/studios/" + otherStudio + "/achievements/" + otherAchievement, achievement),
                new Attempt("GET", "/api/studios/{id}/reviews", "/api/studios/" + otherStudio + "/reviews", null),
                new Attempt("POST", "/api/studios/{id}/reviews", "/api/studios/" + otherStudio + "/reviews",
                        Map.of("year", 2026, "result", "REVOKE", "reviewedOn", "2026-01-01")),
                new Attempt("GET", "/api/innovations", "/api/innovations?under=" + otherDistrict, null),
                new Attempt("GET", "/api/innovations/export", "/api/innovations/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/innovations", "/api/innovations", innovation),
                new Attempt("PUT", "/api/innovations/{id}", "/api/innovations/" + otherInnovation, innovation),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/innovations/import",
                        "工会编号,成果名称,成果类别,完成人,所在单位,取得日期\n" + otherDistrict + ",x,小发明,x,x,2026-01-01\n"),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/coverages/import",
                        "基层工会编号,统一社会信用代码\n" + otherGrassroots + "," + otherEmployerCode + "\n"),
                new Attempt("GET", "/api/employer-evaluations", "/api/employer-evaluations?under=" + otherDistrict, null),
                new Attempt("GET", "/api/employer-evaluations/export", "/api/employer-evaluations/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/employer-evaluations", "/api/employer-evaluations",
                        Map.of("creditCode", otherEmployerCode, "year", 2026, "kind", "SKILL")),
                new Attempt("DELETE", "/api/employer-evaluations/{id}", "/api/employer-evaluations/" + otherEvaluation, null));
    }

    /** A second nomination taken to 公示 by its organizer (not its nominator), with one objection from the public. */
    private long objectionInNotice(Http nominator, Http organizer, long title) {
        long id = nominator.post("/api/honor-campaigns/" + otherCampaign + "/nominations", Map.of("unionId", otherGrassroots,
                "titleId", title, "name", "邻区公示人", "idNumber", org.unionworks.support.People.idNumber(),
                "achievements", "x")).json().get("id").asLong();
        String today = java.time.LocalDate.now().toString();
        organizer.post("/api/nominations/" + id + "/approve", Map.of());
        organizer.post("/api/nominations/" + id + "/approve", Map.of("noticeFrom", today, "noticeTo", today));
        new Http(port).post("/api/public/notices/" + id + "/objections", Map.of("content", "邻区异议", "contact", "x"));
        return admin.get("/api/honor-campaigns/" + otherCampaign).json().get("nominations").valueStream()
                .filter(n -> n.get("id").asLong() == id).findFirst().orElseThrow().get("objections").get(0).get("id").asLong();
    }

    private List<Attempt> attempts() {
        List<Attempt> all = new ArrayList<>(moduleAttempts());
        all.addAll(craftAttempts());
        all.addAll(fundsAttempts());
        all.addAll(statisticsAttempts());
        all.addAll(serviceAttempts());
        all.addAll(democracyAttempts());
        all.addAll(electionsOfTheOtherDistrict());
        all.addAll(bulkAttempts());
        return all;
    }

    /** Bulk actions answer 200 with what they did: refused means nothing done. */
    private List<Attempt> bulkAttempts() {
        return List.of(
                new Attempt("BULK", "/api/hardship-files/bulk-approve", "/api/hardship-files/bulk-approve", Map.of("ids", List.of(otherFile))),
                new Attempt("BULK", "/api/hardship-files/bulk-return", "/api/hardship-files/bulk-return",
                        Map.of("ids", List.of(otherFile), "note", "x")),
                new Attempt("BULK", "/api/census-returns/bulk-approve", "/api/census-returns/bulk-approve", Map.of("ids", List.of(otherReturn))),
                new Attempt("BULK", "/api/nominations/bulk-approve", "/api/nominations/bulk-approve", Map.of("ids", List.of(otherNomination))),
                new Attempt("BULK", "/api/nominations/bulk-return", "/api/nominations/bulk-return",
                        Map.of("ids", List.of(otherNomination), "note", "x")),
                new Attempt("BULK", "/api/transfers/bulk-accept", "/api/transfers/bulk-accept", Map.of("ids", List.of(otherTransfer))),
                new Attempt("BULK", "/api/join-applications/bulk-approve", "/api/join-applications/bulk-approve",
                        Map.of("ids", List.of(otherApplication))));
    }

    private List<Attempt> moduleAttempts() {
        long o = otherGrassroots;
        Map<String, Object> orgBody = new HashMap<>(Map.of("parentId", otherDistrict, "name", unique("越权"),
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE", "version", 0));
        Map<String, Object> userBody = Map.of("username", unique("evil"), "displayName", "越权", "unionId", otherDistrict,
                "roleIds", List.of(roleId(admin, "VIEWER")), "enabled", true, "version", 0);
        return List.of(
                new Attempt("GET", "/api/orgs/tree", "/api/orgs/tree?parentId=" + otherDistrict, null),
                new Attempt("GET", "/api/orgs", "/api/orgs?under=" + otherDistrict, null),
                new Attempt("GET", "/api/orgs/{id}", "/api/orgs/" + o, null),
                new Attempt("POST", "/api/orgs", "/api/orgs", orgBody),
                new Attempt("PUT", "/api/orgs/{id}", "/api/orgs/" + o, orgBody),
                new Attempt("POST", "/api/orgs/{id}/move", "/api/orgs/" + o + "/move", Map.of("newParentId", ownDistrict)),
                new Attempt("POST", "/api/orgs/{id}/dissolve", "/api/orgs/" + o + "/dissolve", Map.of("on", "2026-01-01", "reason", "x")),
                new Attempt("POST", "/api/orgs/{id}/merge", "/api/orgs/" + o + "/merge",
                        Map.of("intoId", ownDistrict, "on", "2026-01-01", "reason", "x")),
                new Attempt("GET", "/api/orgs/export", "/api/orgs/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/users", "/api/users?under=" + otherDistrict, null),
                new Attempt("GET", "/api/users/{id}", "/api/users/" + otherUser, null),
                new Attempt("POST", "/api/users", "/api/users", userBody),
                new Attempt("PUT", "/api/users/{id}", "/api/users/" + otherUser, userBody),
                new Attempt("POST", "/api/users/{id}/reset-password", "/api/users/" + otherUser + "/reset-password", Map.of()),
                new Attempt("POST", "/api/users/{id}/unlock", "/api/users/" + otherUser + "/unlock", Map.of()),
                new Attempt("POST", "/api/users/{id}/reveal-phone", "/api/users/" + otherUser + "/reveal-phone", Map.of()),
                new Attempt("GET", "/api/imports/errors/{id}", "/api/imports/errors/" + otherJob, null),
                new Attempt("GET", "/api/imports/jobs/{id}", "/api/imports/jobs/" + otherJob, null),
                new Attempt("POST", "/api/imports/jobs/{id}/commit", "/api/imports/jobs/" + otherJob + "/commit", Map.of()),
                new Attempt("POST", "/api/imports/jobs/{id}/cancel", "/api/imports/jobs/" + otherJob + "/cancel", Map.of()),
                new Attempt("GET", "/api/employers", "/api/employers?under=" + otherDistrict, null),
                new Attempt("GET", "/api/employers/{id}", "/api/employers/" + otherEmployer, null),
                new Attempt("GET", "/api/employers/{id}/headcounts", "/api/employers/" + otherEmployer + "/headcounts", null),
                new Attempt("POST", "/api/employers/{id}/headcounts", "/api/employers/" + otherEmployer + "/headcounts",
                        Map.of("countedOn", "2025-01-01", "employees", 1)),
                new Attempt("POST", "/api/employers", "/api/employers", employerBody()),
                new Attempt("PUT", "/api/employers/{id}", "/api/employers/" + otherEmployer, employerBody()),
                new Attempt("POST", "/api/employers/{id}/close", "/api/employers/" + otherEmployer + "/close", Map.of("on", "2026-01-01")),
                new Attempt("GET", "/api/employers/export", "/api/employers/export?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/employers/import",
                        "单位名称,统一社会信用代码,管辖工会编号,职工人数\n越权单位," + creditCode() + "," + otherDistrict + ",10\n"),
                new Attempt("GET", "/api/orgs/{id}/coverage", "/api/orgs/" + o + "/coverage", null),
                new Attempt("POST", "/api/orgs/{id}/coverage", "/api/orgs/" + o + "/coverage",
                        Map.of("employerId", otherEmployer, "fromDate", "2025-01-01")),
                new Attempt("POST", "/api/coverage/{id}/end", "/api/coverage/" + otherCoverage + "/end", Map.of("on", "2026-01-01")),
                new Attempt("GET", "/api/orgs/{id}/terms", "/api/orgs/" + o + "/terms", null),
                new Attempt("POST", "/api/orgs/{id}/terms", "/api/orgs/" + o + "/terms", Map.of("startsOn", "2026-01-01", "lengthYears", 5)),
                new Attempt("PUT", "/api/terms/{id}", "/api/terms/" + otherTerm,
                        Map.of("startsOn", "2022-01-01", "lengthYears", 3, "version", 0)),
                new Attempt("POST", "/api/terms/{id}/election", "/api/terms/" + otherTerm + "/election",
                        Map.of("plannedOn", "2026-12-02", "approvalNo", "越权")),
                new Attempt("POST", "/api/elections/{id}/held", "/api/elections/" + otherElection + "/held",
                        Map.of("heldOn", "2026-11-01", "lengthYears", 5)),
                new Attempt("GET", "/api/terms/due", "/api/terms/due?under=" + otherDistrict, null),
                new Attempt("POST", "/api/reminders/refresh", "/api/reminders/refresh", Map.of()),
                new Attempt("GET", "/api/hardship-files", "/api/hardship-files?under=" + otherDistrict, null),
                new Attempt("GET", "/api/hardship-files/{id}", "/api/hardship-files/" + otherFile, null),
                new Attempt("POST", "/api/hardship-files", "/api/hardship-files", hardshipFile(otherGrassroots)),
                new Attempt("PUT", "/api/hardship-files/{id}", "/api/hardship-files/" + otherFile, hardshipFile(otherGrassroots)),
                new Attempt("POST", "/api/hardship-files/{id}/approve", "/api/hardship-files/" + otherFile + "/approve", Map.of()),
                new Attempt("POST", "/api/hardship-files/{id}/return", "/api/hardship-files/" + otherFile + "/return", Map.of("note", "x")),
                new Attempt("GET", "/api/hardship-files/{id}/reviews", "/api/hardship-files/" + otherFile + "/reviews", null),
                new Attempt("POST", "/api/hardship-files/{id}/reviews", "/api/hardship-files/" + otherFile + "/reviews",
                        Map.of("reviewedOn", "2026-11-01", "monthlyIncome", 1, "situation", "x")),
                new Attempt("POST", "/api/hardship-files/{id}/exit", "/api/hardship-files/" + otherFile + "/exit",
                        Map.of("reason", "INCOME", "on", "2026-11-01")),
                new Attempt("GET", "/api/hardship-files/{id}/aid", "/api/hardship-files/" + otherFile + "/aid", null),
                new Attempt("POST", "/api/hardship-files/{id}/aid", "/api/hardship-files/" + otherFile + "/aid",
                        Map.of("kind", "WARMTH", "aidOn", "2026-11-01", "amount", 1)),
                new Attempt("GET", "/api/aid-records", "/api/aid-records?under=" + otherDistrict, null),
                new Attempt("PUT", "/api/aid-records/{id}", "/api/aid-records/" + otherAid, Map.of("kind", "WARMTH",
                        "aidOn", "2026-01-01", "amount", 1, "version", 0, "reason", "越权")),
                new Attempt("POST", "/api/aid-records/{id}/withdraw", "/api/aid-records/" + otherAid + "/withdraw",
                        Map.of("reason", "越权")),
                new Attempt("POST", "/api/hardship-files/backfill", "/api/hardship-files/backfill",
                        Map.of("file", hardshipFile(otherGrassroots), "filedOn", "2025-01-01")),
                new Attempt("GET", "/api/aid-records/export", "/api/aid-records/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/hardship-files/export", "/api/hardship-files/export?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/hardship-files/import",
                        "建档工会编号,职工姓名,身份证号,行政区划代码,困难类别,主要致困原因,职工身份,家庭人口,家庭月收入（元）,低于标准月数\n"
                                + otherGrassroots + ",越权," + org.unionworks.support.People.idNumber()
                                + ",440305,深度困难,本人或家属患病,在岗,3,2400,6\n"),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/aid-records/import",
                        "职工身份证号,帮扶类别,帮扶日期,金额（元）\n" + org.unionworks.support.People.idNumber() + ",送温暖,2026-01-01,1\n"),
                new Attempt("POST", "/api/living-standards", "/api/living-standards",
                        Map.of("divisionCode", "440306", "monthlyAmount", 1, "effectiveFrom", "2026-01-01")),
                new Attempt("POST", "/api/temp-reliefs", "/api/temp-reliefs", Map.of("unionId", otherGrassroots, "name", "x",
                        "idNumber", org.unionworks.support.People.idNumber(), "reason", "x", "reliefOn", "2026-01-01", "amount", 1)),
                new Attempt("POST", "/api/temp-reliefs/{id}/convert", "/api/temp-reliefs/" + otherRelief + "/convert",
                        hardshipFile(otherGrassroots)),
                new Attempt("GET", "/api/rights/cases", "/api/rights/cases?under=" + otherDistrict, null),
                new Attempt("GET", "/api/rights/cases/{id}", "/api/rights/cases/" + otherCase, null),
                new Attempt("POST", "/api/rights/cases", "/api/rights/cases", Map.of("unionId", otherDistrict, "kind", "OTHER",
                        "employerName", "x", "workersCount", 1, "acceptedOn", "2026-01-01")),
                new Attempt("PUT", "/api/rights/cases/{id}", "/api/rights/cases/" + otherCase, Map.of("kind", "OTHER",
                        "employerName", "x", "workersCount", 1, "acceptedOn", "2026-01-01", "version", 0)),
                new Attempt("POST", "/api/rights/cases/{id}/steps", "/api/rights/cases/" + otherCase + "/steps",
                        Map.of("status", "IN_PROGRESS", "on", "2026-01-02", "note", "x")),
                new Attempt("GET", "/api/rights/cases/export", "/api/rights/cases/export?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{area}/{list}/import", "/api/rights/cases/import",
                        "受理工会编号,案件类别,涉及单位,涉及职工人数,受理日期\n" + otherDistrict + ",欠薪,越权,1,2026-01-01\n"),
                new Attempt("GET", "/api/rights/outreach", "/api/rights/outreach?under=" + otherDistrict, null),
                new Attempt("POST", "/api/rights/outreach", "/api/rights/outreach", Map.of("unionId", otherDistrict,
                        "heldOn", "2026-01-01", "topic", "x", "kind", "LECTURE")),
                new Attempt("PUT", "/api/rights/outreach/{id}", "/api/rights/outreach/" + otherOutreach, Map.of("heldOn", "2026-01-01",
                        "topic", "x", "kind", "LECTURE", "version", 0)),
                new Attempt("GET", "/api/rights/outreach/export", "/api/rights/outreach/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/rights/campaigns", "/api/rights/campaigns", Map.of("unionId", otherDistrict,
                        "name", "x", "startsOn", "2026-01-01", "endsOn", "2026-02-01")),
                new Attempt("GET", "/api/files/{id}", "/api/files/" + otherFile2, null),
                new Attempt("GET", "/api/rules/{id}", "/api/rules/" + otherRule, null),
                new Attempt("POST", "/api/rules", "/api/rules", Map.of("unionId", otherDistrict, "title", "x", "category", "FINANCE",
                        "on", "2026-01-01", "body", "x")),
                new Attempt("POST", "/api/rules/{id}/revise", "/api/rules/" + otherRule + "/revise", Map.of("title", "x",
                        "category", "FINANCE", "on", "2026-02-01", "body", "y")),
                new Attempt("POST", "/api/rules/{id}/repeal", "/api/rules/" + otherRule + "/repeal", Map.of("on", "2026-02-01")),
                new Attempt("GET", "/api/rectifications", "/api/rectifications?under=" + otherDistrict, null),
                new Attempt("GET", "/api/rectifications/{id}", "/api/rectifications/" + otherItem, null),
                new Attempt("POST", "/api/rectifications", "/api/rectifications", Map.of("unionId", otherDistrict, "source", "AUDIT",
                        "category", "ASSETS", "description", "x", "ownerPerson", "x", "foundOn", "2026-01-01", "deadline", "2026-02-01")),
                new Attempt("PUT", "/api/rectifications/{id}", "/api/rectifications/" + otherItem, Map.of("source", "AUDIT",
                        "category", "ASSETS", "description", "y", "ownerPerson", "x", "foundOn", "2026-01-01", "deadline", "2026-02-01",
                        "version", 0)),
                new Attempt("POST", "/api/rectifications/{id}/complete", "/api/rectifications/" + otherItem + "/complete",
                        Map.of("doneOn", "2026-01-10", "result", "x")),
                new Attempt("POST", "/api/rectifications/{id}/verify", "/api/rectifications/" + otherItem + "/verify",
                        Map.of("verifier", "x", "on", "2026-01-10")),
                new Attempt("GET", "/api/rectifications/export", "/api/rectifications/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/major-matters", "/api/major-matters", Map.of("unionId", otherDistrict, "matter", "x",
                        "matterType", "DECISION")),
                new Attempt("PUT", "/api/major-matters/{id}", "/api/major-matters/" + otherMatter, Map.of("matter", "y",
                        "matterType", "DECISION", "version", 0)),
                new Attempt("POST", "/api/activities", "/api/activities", Map.of("unionId", otherDistrict, "kind", "TRAINING",
                        "heldOn", "2026-01-01", "topic", "x", "participants", 1)),
                new Attempt("PUT", "/api/activities/{id}", "/api/activities/" + otherActivity, Map.of("kind", "TRAINING",
                        "heldOn", "2026-01-01", "topic", "y", "participants", 1, "version", 0)),
                new Attempt("POST", "/api/research-rounds", "/api/research-rounds", Map.of("unionId", otherDistrict, "title", "x",
                        "startsOn", "2026-01-01", "endsOn", "2026-01-02")),
                new Attempt("POST", "/api/research-rounds/{id}/problems", "/api/research-rounds/" + otherRound + "/problems",
                        Map.of("category", "OTHER", "description", "x", "ownerPerson", "x", "deadline", "2026-03-01")),
                new Attempt("POST", "/api/work-groups", "/api/work-groups", Map.of("unionId", ownDistrict, "name", "x", "members", "x",
                        "stationedUnionId", otherGrassroots, "startsOn", "2026-01-01")),
                new Attempt("POST", "/api/work-groups/{id}/matters", "/api/work-groups/" + otherGroup + "/matters",
                        Map.of("doneOn", "2026-01-05", "description", "x")),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/rectifications/import",
                        "整改单位编号,问题来源,问题类别,问题描述,责任人,发现日期,整改期限\n" + otherDistrict
                                + ",审计,财务管理,x,x,2026-01-01,2026-02-01\n"),
                new Attempt("UPLOAD", "/api/{area}/{list}/import", "/api/rights/outreach/import",
                        "主办工会编号,日期,主题,形式\n" + otherDistrict + ",2026-01-01,x,宣传周\n"),
                new Attempt("GET", "/api/honorees/in-hardship", "/api/honorees/in-hardship?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/honorees/import",
                        "工会编号,类型,姓名/集体名称,荣誉称号,获得年份\n" + otherDistrict + ",集体,越权班组,全国工人先锋号,2020\n"),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/activities/import",
                        "工会编号,类别,日期,主题,参加人数\n" + otherDistrict + ",业务培训,2026-01-01,x,1\n"),
                new Attempt("GET", "/api/reports/tables", "/api/reports/tables?under=" + otherDistrict, null),
                new Attempt("GET", "/api/reports/tables/export", "/api/reports/tables/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/reports/trend", "/api/reports/trend?under=" + otherDistrict, null),
                new Attempt("GET", "/api/reports/work-report", "/api/reports/work-report?under=" + otherDistrict, null),
                new Attempt("GET", "/api/reports/work-report/preview", "/api/reports/work-report/preview?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/reports/templates", "/api/reports/templates?name=x", "{{基层工会数}}"),
                new Attempt("POST", "/api/honor-titles", "/api/honor-titles", Map.of("name", "越权称号", "level", "CITY",
                        "kind", "INDIVIDUAL", "awardingBody", "x")),
                new Attempt("GET", "/api/honorees", "/api/honorees?under=" + otherDistrict, null),
                new Attempt("GET", "/api/honorees/unidentified", "/api/honorees/unidentified?under=" + otherDistrict, null),
                new Attempt("POST", "/api/honorees/{id}/identify", "/api/honorees/" + otherHonoree + "/identify",
                        Map.of("kind", "MEMBER", "candidateId", 1, "version", 0)),
                new Attempt("GET", "/api/honorees/{id}", "/api/honorees/" + otherHonoree, null),
                new Attempt("POST", "/api/honorees", "/api/honorees", Map.of("unionId", otherDistrict, "kind", "COLLECTIVE", "name", "x")),
                new Attempt("PUT", "/api/honorees/{id}", "/api/honorees/" + otherHonoree, Map.of("kind", "PERSON", "name", "y",
                        "idNumber", org.unionworks.support.People.idNumber(), "version", 0)),
                new Attempt("POST", "/api/honorees/{id}/awards", "/api/honorees/" + otherHonoree + "/awards",
                        Map.of("titleId", 1, "year", 2021)),
                new Attempt("POST", "/api/honor-awards/{id}/revoke", "/api/honor-awards/" + otherAward + "/revoke",
                        Map.of("on", "2025-01-01", "reason", "x")),
                new Attempt("PUT", "/api/honor-awards/{id}", "/api/honor-awards/" + otherAward,
                        Map.of("titleId", 1, "year", 2021, "version", 0, "reason", "越权")),
                new Attempt("POST", "/api/honor-awards/{id}/withdraw", "/api/honor-awards/" + otherAward + "/withdraw",
                        Map.of("reason", "越权")),
                new Attempt("PUT", "/api/care-records/{id}", "/api/care-records/" + otherCare,
                        Map.of("kind", "VISIT", "on", "2025-01-01", "version", 0, "reason", "越权")),
                new Attempt("POST", "/api/care-records/{id}/withdraw", "/api/care-records/" + otherCare + "/withdraw",
                        Map.of("reason", "越权")),
                new Attempt("POST", "/api/honorees/{id}/care", "/api/honorees/" + otherHonoree + "/care",
                        Map.of("kind", "VISIT", "on", "2025-01-01")),
                new Attempt("GET", "/api/honorees", "/api/honorees?notVisitedIn=2026&under=" + otherDistrict, null),
                new Attempt("GET", "/api/honorees/export", "/api/honorees/export?under=" + otherDistrict, null),
                new Attempt("POST", "/api/allowance-rules", "/api/allowance-rules", Map.of("level", "CITY", "monthlyAmount", "1",
                        "effectiveFrom", "2020-01-01")),
                new Attempt("POST", "/api/honor-stories", "/api/honor-stories", Map.of("honoreeId", otherHonoree, "title", "x",
                        "body", "x")),
                new Attempt("POST", "/api/honor-stories/{id}/publish", "/api/honor-stories/" + otherStory + "/publish", Map.of()),
                new Attempt("POST", "/api/honor-campaigns", "/api/honor-campaigns", Map.of("name", "x", "year", 2026,
                        "nominateFrom", "2026-01-01", "nominateTo", "2026-12-31",
                        "quotas", List.of(Map.of("titleId", 1, "unionId", otherDistrict, "quota", 1)))),
                new Attempt("GET", "/api/honor-campaigns/{id}", "/api/honor-campaigns/" + otherCampaign, null),
                new Attempt("POST", "/api/honor-campaigns/{id}/nominations", "/api/honor-campaigns/" + otherCampaign + "/nominations",
                        Map.of("unionId", ownDistrict, "titleId", 1, "name", "x", "achievements", "x")),
                new Attempt("POST", "/api/nominations/{id}/approve", "/api/nominations/" + otherNomination + "/approve", Map.of()),
                new Attempt("POST", "/api/nominations/{id}/return", "/api/nominations/" + otherNomination + "/return", Map.of("note", "x")),
                new Attempt("POST", "/api/nominations/{id}/reject", "/api/nominations/" + otherNomination + "/reject", Map.of("note", "x")),
                new Attempt("POST", "/api/nominations/{id}/resubmit", "/api/nominations/" + otherNomination + "/resubmit",
                        Map.of("achievements", "x")),
                new Attempt("POST", "/api/objections/{id}/resolve", "/api/objections/" + otherObjection + "/resolve",
                        Map.of("note", "x")),
                new Attempt("GET", "/api/nominations/{id}/form", "/api/nominations/" + otherNomination + "/form", null),
                new Attempt("UPLOAD", "/api/honor-campaigns/{id}/form-template", "/api/honor-campaigns/" + otherCampaign + "/form-template",
                        "{{姓名}}"),
                new Attempt("GET", "/api/honor-campaigns/{id}/results/export", "/api/honor-campaigns/" + otherCampaign + "/results/export", null),
                new Attempt("GET", "/api/members", "/api/members?under=" + otherDistrict, null),
                new Attempt("GET", "/api/members/{id}", "/api/members/" + otherMember, null),
                new Attempt("GET", "/api/members/{id}/history", "/api/members/" + otherMember + "/history", null),
                new Attempt("POST", "/api/members", "/api/members",
                        MemberApiTest.member(otherGrassroots, "越权会员", org.unionworks.support.People.idNumber())),
                new Attempt("PUT", "/api/members/{id}", "/api/members/" + otherMember, memberEdit()),
                new Attempt("POST", "/api/members/{id}/status", "/api/members/" + otherMember + "/status",
                        Map.of("action", "WITHDRAW", "on", "2026-01-01", "reason", "越权")),
                new Attempt("POST", "/api/members/{id}/reveal", "/api/members/" + otherMember + "/reveal", Map.of()),
                new Attempt("GET", "/api/members/export", "/api/members/export?under=" + otherDistrict, null),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/members/import", "姓名,身份证号,所属工会编号,入会时间\n越权,"
                        + org.unionworks.support.People.idNumber() + "," + otherGrassroots + ",2020-01-01\n"),
                new Attempt("POST", "/api/members/{id}/transfers", "/api/members/" + otherMember + "/transfers",
                        Map.of("toUnionId", ownDistrict, "reason", "越权")),
                new Attempt("POST", "/api/transfers/{id}/accept", "/api/transfers/" + otherTransfer + "/accept", Map.of()),
                new Attempt("POST", "/api/transfers/{id}/reject", "/api/transfers/" + otherTransfer + "/reject", Map.of("note", "x")),
                new Attempt("POST", "/api/transfers/{id}/cancel", "/api/transfers/" + otherTransfer + "/cancel", Map.of()),
                new Attempt("POST", "/api/join-applications/{id}/approve", "/api/join-applications/" + otherApplication + "/approve", Map.of()),
                new Attempt("POST", "/api/join-applications/{id}/reject", "/api/join-applications/" + otherApplication + "/reject",
                        Map.of("note", "x")),
                new Attempt("GET", "/api/figures", "/api/figures?under=" + otherDistrict, null),
                new Attempt("GET", "/api/figures/year-on-year", "/api/figures/year-on-year?under=" + otherDistrict, null),
                new Attempt("GET", "/api/activities", "/api/activities?under=" + otherDistrict, null),
                new Attempt("GET", "/api/activities/export", "/api/activities/export?under=" + otherDistrict, null),
                new Attempt("GET", "/api/figures", "/api/figures?by=caseKind&under=" + otherDistrict, null),
                new Attempt("POST", "/api/census", "/api/census", Map.of("unionId", otherDistrict, "name", "越权",
                        "startsOn", "2026-01-01", "endsOn", "2026-12-31")),
                new Attempt("GET", "/api/census/{id}", "/api/census/" + otherCensus, null),
                new Attempt("POST", "/api/census/{id}/close", "/api/census/" + otherCensus + "/close", Map.of()),
                new Attempt("GET", "/api/census/{id}/returns", "/api/census/" + otherCensus + "/returns", null),
                new Attempt("PUT", "/api/census/{id}/returns/{unionId}", "/api/census/" + otherCensus + "/returns/" + o,
                        Map.of("members", 1, "employees", 1)),
                new Attempt("GET", "/api/census/{id}/returns/{unionId}/prefill", "/api/census/" + otherCensus + "/returns/" + o + "/prefill", null),
                new Attempt("POST", "/api/census-returns/{id}/approve", "/api/census-returns/" + otherReturn + "/approve", Map.of()),
                new Attempt("GET", "/api/census/{id}/export", "/api/census/" + otherCensus + "/export", null),
                new Attempt("GET", "/api/census/{id}/import/template", "/api/census/" + otherCensus + "/import/template", null),
                new Attempt("UPLOAD", "/api/census/{id}/import", "/api/census/" + otherCensus + "/import",
                        "工会编号,会员人数,职工人数\n" + o + ",1,1\n"),
                new Attempt("UPLOAD", "/api/{list}/import", "/api/temp-reliefs/import",
                        "工会编号,姓名,身份证号,救助原因,救助日期,金额（元）\n" + otherGrassroots + ",越权,"
                                + org.unionworks.support.People.idNumber() + ",火灾,2026-01-01,1\n"));
    }

    private static Map<String, Object> hardshipFile(long unionId) {
        Map<String, Object> f = org.unionworks.support.Forms.hardshipFile(unionId, "440305");
        f.put("workerName", "邻区困难职工");
        f.put("monthlyIncome", 2400);
        f.put("monthsBelowStandard", 6);
        f.put("version", 0);
        return f;
    }

    private Map<String, Object> memberEdit() {
        Map<String, Object> body = MemberApiTest.member(otherGrassroots, "改名", org.unionworks.support.People.idNumber());
        body.put("version", 0);
        return body;
    }

    private Map<String, Object> employerBody() {
        Map<String, Object> body = EmployerApiTest.employer(otherDistrict, unique("越权单位"), creditCode(), 10);
        body.put("version", 0);
        return body;
    }

    /** Lists without an {@code under} parameter show the caller's own subtree; checked in the sweep below. */
    private static final Set<String> OWN_SCOPE_LISTS = Set.of("GET /api/census", "GET /api/reminders",
            "GET /api/reminders/summary", "GET /api/todo", "GET /api/imports/jobs", "GET /api/transfers", "GET /api/join-applications",
            "GET /api/temp-reliefs", "GET /api/rights/campaigns", "GET /api/rules", "GET /api/major-matters",
            "GET /api/research-rounds", "GET /api/work-groups",
            "GET /api/rules/export", "GET /api/major-matters/export", "GET /api/reports/templates",
            "GET /api/allowances", "GET /api/allowances/export", "GET /api/honor-stories", "GET /api/honor-campaigns");

    /** Every endpoint of the OpenAPI document, as "METHOD /path/{id}". */
    private Set<String> documentedEndpoints() {
        var doc = admin.get("/api/openapi");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        Set<String> endpoints = new TreeSet<>();
        doc.json().get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(op.getKey()) && path.getKey().startsWith("/api/")) {
                endpoints.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        return endpoints;
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentIsCoveredBySweepOrDeclaredUnscoped() {
        Set<String> covered = new TreeSet<>(UNSCOPED);
        attempts().forEach(a -> covered.add((List.of("UPLOAD", "BULK").contains(a.method()) ? "POST" : a.method()) + " " + a.pattern()));
        covered.add("GET /api/audit");
        covered.add("POST /api/{list}/import");
        covered.add("POST /api/auth/logout");
        covered.addAll(OWN_SCOPE_LISTS);
        Set<String> documented = documentedEndpoints();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        assertThat(missing).as("endpoints the data-scope sweep does not cover").isEmpty();

        Set<String> registered = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.startsWith("/api/openapi")) {
                    info.getMethodsCondition().getMethods().forEach(m -> registered.add(m.name() + " " + pattern));
                }
            }
        });
        registered.remove("POST /api/auth/logout");
        documented.remove("POST /api/auth/logout");
        assertThat(documented).as("the OpenAPI document lists every registered endpoint").isEqualTo(registered);
    }

    /** Every attempt by this user; the ones that were not refused (404, 403, or an import that wrote nothing). */
    private List<String> leaks(Http who) {
        List<String> leaks = new ArrayList<>();
        for (Attempt a : attempts()) {
            var r = switch (a.method()) {
                case "GET" -> who.get(a.path());
                case "POST", "BULK" -> who.post(a.path(), a.body());
                case "UPLOAD" -> who.importFile(a.path(), "sweep.csv",
                        ((String) a.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case "PUT" -> who.put(a.path(), a.body());
                default -> who.delete(a.path());
            };
            boolean refusedRows = a.method().equals("UPLOAD") && r.status() == 200 && !r.json().get("written").asBoolean()
                    || a.method().equals("BULK") && r.status() == 200 && r.json().get("done").asInt() == 0;
            if (r.status() != 404 && r.status() != 403 && !refusedRows) {
                leaks.add(a.method() + " " + a.path() + " -> " + r);
            }
        }
        return leaks;
    }

    /**
     * Two users try everything with ids of the sibling district: that district's administrator's
     * neighbour, and an account at the root union (whose scope covers those rows) holding a role
     * without any permission. Neither sees or changes anything.
     */
    @Test
    void aSiblingDistrictAndAUserWithoutPermissionSeeAndChangeNothing() {
        JsonNode before = admin.get("/api/orgs/" + otherGrassroots).json();
        JsonNode userBefore = admin.get("/api/users/" + otherUser).json();
        long orgsBefore = admin.get("/api/orgs?under=" + otherDistrict).json().get("total").asLong();
        JsonNode employerBefore = admin.get("/api/employers/" + otherEmployer).json();
        var role = admin.post("/api/roles", Map.of("code", unique("NOTHING"), "name", unique("无权限"),
                "permissions", List.of()));
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        Http nobody = userWithRole(admin, 1, role.json().get("id").asLong(), unique("nobody"));

        assertThat(leaks(districtAdmin)).as("a sibling district's administrator").isEmpty();
        assertThat(leaks(nobody)).as("a root-union account without permissions").isEmpty();
        assertThat(nobody.upload("/api/files", "x.pdf", "%PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .as("uploading needs file:write").isEqualTo(403);

        assertThat(admin.get("/api/orgs/" + otherGrassroots).json()).isEqualTo(before);
        assertThat(admin.get("/api/programmes/" + otherProgramme + "/beneficiaries").json().get("items").get(0).get("version").asLong())
                .as("the other district's applicant, neither changed, reviewed nor paid").isZero();
        assertThat(admin.get("/api/service-places/" + otherPlace).json().get("status").asString()).isEqualTo("OPEN");
        JsonNode contractAfter = admin.get("/api/collective-contracts/" + otherContract).json();
        assertThat(contractAfter.get("status").asString()).isEqualTo("NEGOTIATING");
        assertThat(contractAfter.get("employers")).hasSize(1);
        assertThat(admin.get("/api/workers-congresses/" + otherCongress).json().get("abolishedOn").isNull()).isTrue();
        assertThat(admin.get("/api/workers-congresses/" + otherCongress + "/sessions").json().get(0).get("proposals").get(0)
                .get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(admin.get("/api/disclosures?under=" + otherDistrict).text()).contains("邻区公开");
        assertThat(admin.get("/api/service-places/" + otherPlace + "/grants").json()).hasSize(1);
        JsonNode userAfter = admin.get("/api/users/" + otherUser).json();
        assertThat(userAfter.get("version")).isEqualTo(userBefore.get("version"));
        assertThat(admin.get("/api/orgs?under=" + otherDistrict).json().get("total").asLong()).isEqualTo(orgsBefore);
        assertThat(admin.get("/api/employers/" + otherEmployer).json()).isEqualTo(employerBefore);
        assertThat(admin.get("/api/employers/" + otherEmployer + "/headcounts").json()).as("no count added").hasSize(1);
        assertThat(admin.get("/api/orgs/" + otherGrassroots + "/coverage").json().get(0).get("toDate").isNull()).isTrue();
        JsonNode term = admin.get("/api/orgs/" + otherGrassroots + "/terms").json();
        assertThat(term).hasSize(1);
        assertThat(term.get(0).get("version").asLong()).isZero();
        assertThat(term.get(0).get("plannedOn").asString()).isEqualTo(ELECTION_DAY.toString());
        JsonNode census = admin.get("/api/census/" + otherCensus).json().get("campaign");
        assertThat(census.get("status").asString()).isEqualTo("OPEN");
        assertThat(census.get("approved").asLong()).isZero();
        assertThat(admin.get("/api/census/" + otherCensus + "/returns").json().get("items").get(0).get("members").asInt())
                .isEqualTo(10);
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=TERM_EXPIRING&size=200").json().get("items").valueStream()
                .map(r -> r.get("unionId").asLong())).contains(otherGrassroots);
        assertThat(districtAdmin.get("/api/reminders?kind=TERM_EXPIRING&size=200").json().get("items").valueStream()
                .map(r -> r.get("unionId").asLong())).doesNotContain(otherGrassroots);
        assertThat(districtAdmin.get("/api/imports/jobs").json().valueStream().map(j -> j.get("id").asString()))
                .doesNotContain(otherJob);
        assertThat(admin.get("/api/imports/errors/" + otherJob).status()).as("the owner gets the error workbook").isEqualTo(200);
        assertThat(admin.get("/api/members/" + otherMember).json().get("version").asLong()).isZero();
        assertThat(admin.get("/api/hardship-files/" + otherFile).json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(admin.get("/api/rights/cases/" + otherCase).json().get("steps")).hasSize(1);
        assertThat(admin.get("/api/rules/" + otherRule).json().get("revisions")).hasSize(1);
        JsonNode honoree = admin.get("/api/honorees/" + otherHonoree).json();
        assertThat(honoree.get("honors")).hasSize(1);
        assertThat(honoree.get("honors").get(0).get("revokedOn").isNull()).isTrue();
        assertThat(honoree.get("care")).as("the one care record, neither corrected nor withdrawn").hasSize(1);
        assertThat(honoree.get("care").get(0).get("version").asLong()).isZero();
        assertThat(admin.get("/api/aid-records?under=" + otherDistrict).json().get("items").get(0).get("version").asLong())
                .as("the relief's aid record, untouched").isZero();
        assertThat(districtAdmin.get("/api/allowances").text()).doesNotContain("邻区劳模");
        assertThat(districtAdmin.get("/api/honor-stories").text()).doesNotContain("邻区稿件");
        assertThat(districtAdmin.get("/api/honor-campaigns").text()).doesNotContain("邻区评选");
        assertThat(admin.get("/api/honor-campaigns/" + otherCampaign).json().get("nominations").get(0).get("stage").asString())
                .isEqualTo("DISTRICT_REVIEW");
        assertThat(admin.get("/api/honor-campaigns/" + otherCampaign).text()).contains("邻区异议").doesNotContain("\"resolution\":\"x\"");
        assertThat(new Http(port).get("/api/public/showcase").text()).doesNotContain("邻区稿件");
        assertThat(admin.get("/api/rectifications/" + otherItem).json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(admin.get("/api/rectifications?under=" + otherDistrict).json().get("total").asLong()).isEqualTo(1);
        for (String list : List.of("/api/rules", "/api/major-matters", "/api/activities", "/api/research-rounds", "/api/work-groups")) {
            assertThat(districtAdmin.get(list).status()).as(list).isEqualTo(200);
            var own = districtAdmin.get(list);
            assertThat(own.text()).as(list).doesNotContain("\"unionId\":" + otherDistrict + ",");
        }
        assertThat(districtAdmin.get("/api/temp-reliefs").json().get("items").valueStream().map(r -> r.get("id").asLong()))
                .doesNotContain(otherRelief);
        assertThat(admin.get("/api/members/" + otherMember + "/history").json()).isEmpty();
        assertThat(districtAdmin.get("/api/transfers?direction=in").json().get("total").asLong()).isZero();
        assertThat(districtAdmin.get("/api/transfers?direction=out").json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/transfers?direction=out&status=PENDING").json().get("items").valueStream()
                .map(t -> t.get("id").asLong())).contains(otherTransfer);
        assertThat(districtAdmin.get("/api/join-applications").json().get("items").valueStream()
                .map(a -> a.get("id").asLong())).doesNotContain(otherApplication);
        assertThat(districtAdmin.get("/api/census").json().get("items").valueStream()
                .map(c -> c.get("id").asLong())).doesNotContain(otherCensus);
    }

    @Test
    void listsTreeAndAuditShowOnlyTheOwnSubtree() {
        JsonNode own = districtAdmin.get("/api/orgs?size=200").json();
        assertThat(own.get("total").asLong()).isEqualTo(2);
        assertThat(own.get("items").valueStream().map(n -> n.get("path").asString()))
                .allMatch(p -> p.startsWith("/1/" + ownDistrict + "/"));
        JsonNode tree = districtAdmin.get("/api/orgs/tree").json();
        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).get("id").asLong()).isEqualTo(ownDistrict);
        assertThat(districtAdmin.get("/api/orgs/1").status()).isEqualTo(404);
        JsonNode users = districtAdmin.get("/api/users?size=200").json();
        assertThat(users.get("items").valueStream().map(u -> u.get("unionId").asLong())).containsOnly(ownDistrict);
        JsonNode audit = districtAdmin.get("/api/audit?size=200").json();
        assertThat(audit.get("items").valueStream().map(e -> e.get("unionId").asLong())).containsOnly(ownDistrict);
    }

    /**
     * Ids of the other district named inside a body (an employer, a campaign, an uploaded file) are as
     * foreign as ids in the path: nothing is created that points at them.
     */
    @Test
    void foreignIdsInsideBodiesAreRefused() {
        long ownUnion = createOrg(admin, ownDistrict, unique("本区引用"), "GRASSROOTS", "ENTERPRISE");
        long otherCampaign = admin.post("/api/rights/campaigns", Map.of("unionId", otherDistrict, "name", "邻区行动",
                "startsOn", "2026-01-01", "endsOn", "2026-12-31")).json().get("id").asLong();
        String rootFile = admin.upload("/api/files", "市总材料.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json().get("id").asString();
        String today = java.time.LocalDate.now().toString();
        Map<String, Object> member = MemberApiTest.member(ownUnion, "引用他区单位", org.unionworks.support.People.idNumber());
        member.put("employerId", otherEmployer);
        List<Attempt> references = List.of(
                new Attempt("POST", "/api/members", "/api/members", member),
                new Attempt("POST", "/api/orgs/{id}/coverage", "/api/orgs/" + ownUnion + "/coverage",
                        Map.of("employerId", otherEmployer, "fromDate", today)),
                new Attempt("POST", "/api/rights/cases", "/api/rights/cases", Map.of("unionId", ownDistrict, "kind", "OTHER",
                        "employerName", "某厂", "workersCount", 1, "acceptedOn", today, "campaignId", otherCampaign)),
                new Attempt("POST", "/api/honorees", "/api/honorees", Map.of("unionId", ownDistrict, "kind", "COLLECTIVE",
                        "name", "引用照片", "photoFileId", rootFile)),
                new Attempt("POST", "/api/rules", "/api/rules", Map.of("unionId", ownDistrict, "title", "引用文件",
                        "category", "FINANCE", "on", today, "fileId", rootFile)),
                new Attempt("POST", "/api/activities", "/api/activities", Map.of("unionId", ownDistrict, "kind", "TRAINING",
                        "heldOn", today, "topic", "引用材料", "participants", 1, "materialFileId", rootFile)));
        List<String> accepted = new ArrayList<>();
        for (Attempt a : references) {
            var r = districtAdmin.post(a.path(), a.body());
            if (r.status() < 400) {
                accepted.add(a.pattern() + " → " + r);
            }
        }
        assertThat(accepted).as("records pointing into another district or at the city's files").isEmpty();
    }

    @Test
    void anImportCannotReachIntoASiblingDistrict() {
        String csv = "工会名称,上级工会编号,组织类型,基层工会类型\n" + unique("越权导入") + "," + otherDistrict + ",基层工会,企业工会\n";
        var r = districtAdmin.importFile("/api/orgs/import", "orgs.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("written").asBoolean()).isFalse();
        assertThat(r.text()).contains("不在您的管辖范围内");
    }

    @Test
    void aReadOnlyUserCannotWriteEvenInsideItsScope() {
        Http viewer = userAt(admin, ownDistrict, "VIEWER", unique("viewer"));
        assertThat(viewer.get("/api/orgs/" + ownDistrict).status()).isEqualTo(200);
        var r = viewer.post("/api/orgs", Map.of("parentId", ownDistrict, "name", unique("只读"), "orgType", "TOWN_FEDERATION"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(viewer.get("/api/users").status()).isEqualTo(403);
        assertThat(viewer.get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void aDistrictAdminEditsItsOwnDistrictButNotItsType() {
        JsonNode own = districtAdmin.get("/api/orgs/" + ownDistrict).json();
        var r = districtAdmin.put("/api/orgs/" + ownDistrict, OrgApiTest.edit(own, "contactPhone", "0755-83000000"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var retype = districtAdmin.put("/api/orgs/" + ownDistrict, OrgApiTest.edit(r.json(), "orgType", "INDUSTRY_UNION"));
        assertThat(retype.status()).isEqualTo(400);
        assertThat(retype.json().get("detail").asString()).contains("须由上级工会修改");
    }

    @Test
    void noOneGrantsMoreThanTheyHold() {
        var r = districtAdmin.post("/api/users", Map.of("username", unique("boss"), "displayName", "提权",
                "unionId", ownDistrict, "roleIds", List.of(roleId(admin, "SYS_ADMIN"))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("超出本人权限");
    }
}
