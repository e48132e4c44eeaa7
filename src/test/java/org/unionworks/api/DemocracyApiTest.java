package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/** 集体合同 through the API: from 要约 to 备案, reminders, renewal, import, and every figure counted by hand. */
class DemocracyApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private String plant;
    private String shop;
    private final LocalDate today = LocalDate.now(FEDERATION);

    @BeforeEach
    void aDistrictWithTwoEmployers() {
        admin = admin();
        district = district(admin, unique("协商区"));
        plant = code(EmployerApiTest.createEmployer(admin, district, unique("机床厂"), 300));
        shop = code(EmployerApiTest.createEmployer(admin, district, unique("小超市"), 30));
    }

    private String code(long employer) {
        return admin.get("/api/employers/" + employer).json().get("creditCode").asString();
    }

    private JsonNode contract(String kind, String coverage, String title, List<String> codes) {
        return contract(district, kind, coverage, title, codes);
    }

    private JsonNode contract(long union, String kind, String coverage, String title, List<String> codes) {
        Map<String, Object> c = new HashMap<>(Map.of("unionId", union, "kind", kind, "coverage", coverage, "title", title,
                "offerOn", today.minusDays(40).toString(), "offerParty", "UNION", "rounds", 2));
        c.put("employers", codes.stream().map(x -> Map.of("creditCode", x)).toList());
        var r = admin.post("/api/collective-contracts", c);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private JsonNode sign(long id, LocalDate starts, LocalDate ends, int workers, Object rise) {
        Map<String, Object> s = new HashMap<>(Map.of("signedOn", today.minusDays(20).toString(), "startsOn", starts.toString(),
                "endsOn", ends.toString(), "workersCovered", workers, "version", version(id)));
        s.put("wageRise", rise);
        var r = admin.post("/api/collective-contracts/" + id + "/sign", s);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private long version(long id) {
        return admin.get("/api/collective-contracts/" + id).json().get("version").asLong();
    }

    private Map<String, JsonNode> figures(String by) {
        Map<String, JsonNode> m = new HashMap<>();
        admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today
                + (by == null ? "" : "&by=" + by)).json().forEach(f -> m.put(f.get("key").asString(), f));
        return m;
    }

    @Test
    void aContractGoesFromOfferToFilingAndItsEndIsReminded() {
        long id = contract("WAGE", "SINGLE", unique("工资专项集体合同"), List.of(plant)).get("id").asLong();
        assertThat(admin.post("/api/collective-contracts/" + id + "/file", Map.of("filedOn", today.toString(), "filingNo", "x",
                "version", version(id))).text()).contains("签订后才能备案");
        assertThat(admin.post("/api/collective-contracts/" + id + "/employers", Map.of("creditCode", shop)).text())
                .contains("单一企业的集体合同只能覆盖一家单位");
        var early = new HashMap<String, Object>(Map.of("signedOn", today.minusDays(50).toString(), "startsOn", today.toString(),
                "endsOn", today.plusYears(1).toString(), "workersCovered", 280, "version", version(id)));
        assertThat(admin.post("/api/collective-contracts/" + id + "/sign", early).text()).contains("不能早于要约日期");
        JsonNode signed = sign(id, today.minusDays(10), today.plusDays(60), 280, 6.5);
        assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("inForce").asBoolean()).isTrue();

        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=CONTRACT_UNFILED&size=200").text()).as("signed 20 days ago, not filed").contains(
                signed.get("title").asString());
        JsonNode filed = admin.post("/api/collective-contracts/" + id + "/file", Map.of("filedOn", today.minusDays(1).toString(),
                "filingNo", "集备〔2026〕18号", "filingAuthority", "区人社局", "version", version(id))).json();
        assertThat(filed.get("status").asString()).isEqualTo("FILED");
        assertThat(admin.put("/api/collective-contracts/" + id, Map.of("kind", "WAGE", "coverage", "SINGLE", "title", "改名",
                "offerOn", today.minusDays(40).toString(), "offerParty", "UNION", "version", version(id))).text()).contains("不能修改");

        admin.post("/api/reminders/refresh", Map.of());
        JsonNode expiring = admin.get("/api/reminders?kind=CONTRACT_EXPIRING&size=200").json().get("items");
        assertThat(expiring.toString()).as("ends in 60 days").contains(signed.get("title").asString()).contains("请及时续签");
        JsonNode renewal = admin.post("/api/collective-contracts/" + id + "/renew", Map.of()).json();
        assertThat(renewal.get("status").asString()).isEqualTo("NEGOTIATING");
        assertThat(renewal.get("renewsId").asLong()).isEqualTo(id);
        assertThat(renewal.get("employers")).hasSize(1);
        assertThat(admin.post("/api/collective-contracts/" + id + "/renew", Map.of()).text()).contains("已在续签");
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=CONTRACT_EXPIRING&size=200").text()).as("renewal under way")
                .doesNotContain(signed.get("title").asString());
        assertThat(admin.get("/api/collective-contracts?under=" + district + "&expiringBefore=" + today.plusDays(90)).json().get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void figuresCountContractsInForceTheEmployersAndWorkersTheyCoverAndTheAgreedRise() {
        long comprehensive = contract("COMPREHENSIVE", "SINGLE", unique("综合合同"), List.of(plant)).get("id").asLong();
        sign(comprehensive, today.minusDays(10), today.plusYears(3), 280, null);
        long wage = contract("WAGE", "SINGLE", unique("工资合同"), List.of(plant)).get("id").asLong();
        sign(wage, today.minusDays(10), today.plusYears(1), 200, 6);
        JsonNode draft = contract("WAGE", "REGIONAL", unique("区域性工资合同"), List.of(plant));
        long regional = draft.get("id").asLong();
        var added = admin.post("/api/collective-contracts/" + regional + "/employers", Map.of("creditCode", shop, "workers", 30));
        assertThat(added.json().get("employers")).as(added.toString()).hasSize(2);
        var moreRounds = admin.put("/api/collective-contracts/" + regional, Map.of("kind", "WAGE", "coverage", "REGIONAL",
                "title", draft.get("title").asString(), "offerOn", today.minusDays(40).toString(), "offerParty", "UNION", "rounds", 4,
                "version", version(regional)));
        assertThat(moreRounds.json().get("rounds").asInt()).as(moreRounds.toString()).isEqualTo(4);
        String third = code(EmployerApiTest.createEmployer(admin, district, unique("误加单位"), 10));
        JsonNode withThird = admin.post("/api/collective-contracts/" + regional + "/employers", Map.of("creditCode", third)).json();
        long thirdRow = withThird.get("employers").get(2).get("id").asLong();
        assertThat(admin.delete("/api/collective-contracts/" + regional + "/employers/" + thirdRow).json().get("employers")).hasSize(2);
        sign(regional, today.minusDays(10), today.plusYears(1), 300, 3);
        long future = contract("WOMEN", "SINGLE", unique("女职工专项"), List.of(shop)).get("id").asLong();
        sign(future, today.plusDays(5), today.plusYears(3), 12, null);
        contract("COMPREHENSIVE", "SINGLE", unique("协商中"), List.of(shop));
        long ended = contract("COMPREHENSIVE", "SINGLE", unique("已终止"), List.of(shop)).get("id").asLong();
        sign(ended, today.minusDays(15), today.plusYears(2), 25, null);
        assertThat(admin.post("/api/collective-contracts/" + ended + "/terminate", Map.of("on", today.minusDays(1).toString(),
                "version", version(ended))).status()).isEqualTo(200);

        // by hand: in force today — comprehensive, wage, regional (the women's one starts in 5 days, one is negotiating, one ended)
        Map<String, JsonNode> f = figures("contractKind");
        assertThat(f.get("democracy.contracts").get("value").asLong()).isEqualTo(3);
        assertThat(part(f.get("democracy.contracts"), "WAGE")).isEqualTo(2);
        assertThat(f.get("democracy.contractEmployers").get("value").asLong()).as("plant and shop").isEqualTo(2);
        assertThat(f.get("democracy.contractWorkers").get("value").asLong()).isEqualTo(280 + 200 + 300);
        assertThat(f.get("democracy.contractsSigned").get("value").asLong()).as("signed this year, 20 days ago")
                .isEqualTo(today.getDayOfYear() > 20 ? 5 : 0);
        if (today.getDayOfYear() > 20) {
            // (6 × 200 + 3 × 300) / 500 = 4.2
            assertThat(f.get("democracy.wageRise").get("value").decimalValue()).isEqualByComparingTo("4.2");
        }
        assertThat(f.get("democracy.contractCoverageRate").get("value").isNull()).as("no union covers the two employers: 2 / 0")
                .isTrue();
        Map<String, JsonNode> byCoverage = figures("contractCoverage");
        assertThat(part(byCoverage.get("democracy.contracts"), "REGIONAL")).isEqualTo(1);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    /**
     * On PostgreSQL the city's and a district's contracts in force, the employers they cover and proposals come from tallies
     * kept by triggers (V50_2, V56_2):
     * they equal the rows after signing, early termination, a later start, edits through the API and in SQL, a session moved
     * to another day, proposals handled and deleted, the union moved to another district, a contract deleted and a compaction.
     */
    @Test
    void cityAndDistrictFiguresEqualTheRowsThroughEveryChange() {
        long works = createOrg(admin, district, unique("机床二厂工会"), "GRASSROOTS", "ENTERPRISE");
        String worksCode = code(EmployerApiTest.createEmployer(admin, works, unique("机床二厂"), 200));
        long own = contract(works, "COMPREHENSIVE", "SINGLE", unique("二厂综合合同"), List.of(worksCode)).get("id").asLong();
        sign(own, today.minusDays(30), today.plusDays(300), 150, null);
        long regional = contract("WAGE", "REGIONAL", unique("区域工资合同"), List.of(plant, shop)).get("id").asLong();
        sign(regional, today.minusDays(30), today.plusDays(30), 80, 2);
        assertThat(admin.post("/api/collective-contracts/" + regional + "/terminate", Map.of("on", today.minusDays(5).toString(),
                "version", version(regional))).status()).isEqualTo(200);
        long later = contract("WOMEN", "SINGLE", unique("女职工专项"), List.of(shop)).get("id").asLong();
        sign(later, today.plusDays(5), today.plusDays(400), 12, null);
        jdbc.update("update collective_contract set workers_covered = 160, ends_on = ? where id = ?", today.plusDays(20), own);
        // the plant also under the works' contract: counted once by the city when the works has moved to another district
        jdbc.update("insert into contract_employer (contract_id, employer_id, version, created_at, updated_at)"
                + " select ?, id, 0, current_timestamp, current_timestamp from employer where credit_code = ?", own, plant);

        long congress = admin.post("/api/workers-congresses", Map.of("creditCode", worksCode, "form", "CONGRESS",
                "establishedOn", today.minusYears(1).toString(), "representatives", 30)).json().get("id").asLong();
        Map<String, Object> session = new HashMap<>(Map.of("heldOn", today.minusDays(10).toString(), "title", "一届三次职代会",
                "expected", 30, "present", 28));
        JsonNode held = admin.post("/api/workers-congresses/" + congress + "/sessions", session).json();
        String p = "/api/congress-sessions/" + held.get("id").asLong() + "/proposals";
        long pay = admin.post(p, Map.of("title", "提高高温津贴", "proposer", "代表甲", "category", "PAY")).json().get("id").asLong();
        admin.post(p, Map.of("title", "增设母婴室", "proposer", "代表乙", "category", "WELFARE"));
        long loose = admin.post(p, Map.of("title", "其他建议", "proposer", "代表丙")).json().get("id").asLong();
        admin.post(p + "/" + pay + "/handle", Map.of("action", "ACCEPT"));
        admin.post(p + "/" + pay + "/handle", Map.of("action", "HANDLE", "handledOn", today.minusDays(2).toString(), "handling", "已调整"));
        assertThat(admin.post("/api/disclosures", Map.of("creditCode", worksCode, "publishedOn", today.minusDays(3).toString(),
                "channel", "BOARD", "subject", "年度经营情况")).status()).isEqualTo(201);
        LocalDate checked = today.minusDays(4);
        assertThat(admin.post("/api/womens-protections", Map.of("creditCode", worksCode, "year", checked.getYear(), "fourPeriods", true,
                "checkedOn", checked.toString(), "womenWorkers", 80, "screened", 40)).status()).isEqualTo(201);
        assertSameAsRows("after signing, terminating and proposals");

        session.put("heldOn", today.minusDays(20).toString());
        session.put("version", held.get("version").asLong());
        assertThat(admin.put("/api/workers-congresses/" + congress + "/sessions/" + held.get("id").asLong(), session).status()).isEqualTo(200);
        jdbc.update("update congress_proposal set category = 'SAFETY' where id = ?", loose);
        admin.post(p + "/" + loose + "/handle", Map.of("action", "ACCEPT"));
        admin.post(p + "/" + loose + "/handle", Map.of("action", "HANDLE", "handledOn", today.minusDays(1).toString(), "handling", "已采纳"));
        jdbc.update("delete from congress_proposal where id = ?", pay);
        jdbc.update("update contract_employer set employer_id = (select id from employer where credit_code = ?) where contract_id = ?",
                worksCode, later);
        jdbc.update("update collective_contract set status = 'FILED', filed_on = ?, filing_no = '集备〔1〕号', wage_rise = 2.5 where id = ?",
                today.minusDays(8), regional);
        assertSameAsRows("after the session moved to another day and proposals changed");

        long other = district(admin, unique("迁入区"));
        assertThat(TestDatabase.notPlacedByDistrict(jdbc, "collective_contract", "workers_congress", "congress_session", "congress_proposal",
                "contract_tally")).as("on Citus, moved by district, the contracts tallied beside them").isEmpty();
        assertThat(admin.post("/api/orgs/" + works + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertSessionsBesideTheirSystem(congress, other);
        assertSameAsRows("after the union moved", other);
        long successor = createOrg(admin, district, unique("机床总厂工会"), "GRASSROOTS", "ENTERPRISE");
        var merged = admin.post("/api/orgs/" + works + "/merge", Map.of("intoId", successor, "on", today.toString(), "reason", "企业合并"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertSessionsBesideTheirSystem(congress, district);
        assertSameAsRows("after the union merged into one of the first district", other);
        jdbc.update("delete from contract_employer where contract_id = ?", later);
        jdbc.update("delete from collective_contract where id = ?", later);
        assertSameAsRows("after a contract deleted", other);
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "contract_tally");
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "proposal_tally");
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "contract_cover_tally");
            assertSameAsRows("after compaction", other);
        }
    }

    /** A 职代会's sessions and their proposals keep its district (V59_20) when its union moves or merges. */
    private void assertSessionsBesideTheirSystem(long congress, long expected) {
        assertThat(jdbc.queryForObject("select district_id from workers_congress where id = ?", Long.class, congress)).isEqualTo(expected);
        assertThat(jdbc.queryForList("select distinct district_id from congress_session where congress_id = ?", Long.class, congress))
                .as("the sessions' districts").containsExactly(expected);
        assertThat(jdbc.queryForList("select distinct district_id from congress_proposal where session_id in"
                + " (select id from congress_session where congress_id = ? and district_id = ?)", Long.class, congress, expected))
                .as("the proposals' districts").containsExactly(expected);
    }

    /** The figures checked against the rows: asked for alone, each breakdown's request computes these and no other. */
    private static final String FIGURES = "democracy.contracts,democracy.contractWorkers,democracy.contractEmployers,"
            + "democracy.contractsSigned,democracy.contractsFiled,democracy.wageRise,democracy.congressSessions,democracy.disclosures,"
            + "democracy.protectionChecks,democracy.proposals,democracy.proposalsHandled";

    /**
     * The contracts and proposals figures, with their parts, for the city and the districts on several days, against the rows
     * of the unions under each (a district's contracts are found by the district they keep, its proposals by tallies).
     */
    private void assertSameAsRows(String when, long... others) {
        java.util.List<Long> scopes = new java.util.ArrayList<>(List.of(1L, district));
        java.util.Arrays.stream(others).forEach(scopes::add);
        for (long scope : scopes) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate on : List.of(today.minusDays(6), today, today.plusDays(6), today.plusDays(25), today.plusDays(31))) {
                String as = when + ", union " + scope + " on " + on;
                String inForce = " from collective_contract c join union_org u on u.id = c.union_id where u.path like ?"
                        + " and c.status in ('SIGNED', 'FILED', 'TERMINATED') and c.starts_on <= ? and c.ends_on >= ?"
                        + " and (c.terminated_on is null or c.terminated_on > ?)";
                // joined by district as well: on Citus sessions and proposals lie beside their system
                String proposals = " from congress_proposal p join congress_session s on s.id = p.session_id and s.district_id = p.district_id"
                        + " join workers_congress w on w.id = s.congress_id and w.district_id = s.district_id"
                        + " join union_org u on u.id = w.union_id where u.path like ?";
                LocalDate from = on.minusDays(30);
                Map<String, Map<String, Long>> rows = Map.of(
                        "contractKind", grouped("select c.kind, count(*)" + inForce + " group by c.kind", path, on, on, on),
                        "contractCoverage", grouped("select c.coverage, count(*)" + inForce + " group by c.coverage", path, on, on, on),
                        "proposalCategory", grouped("select coalesce(p.category, '-'), count(*)" + proposals
                                + " and s.held_on between ? and ? group by p.category", path, from, on));
                Map<String, JsonNode> f = new HashMap<>();
                for (String by : rows.keySet()) {
                    f.clear();
                    admin.get("/api/figures?under=" + scope + "&on=" + on + "&from=" + from + "&to=" + on + "&by=" + by + "&keys=" + FIGURES)
                            .json().forEach(x -> f.put(x.get("key").asString(), x));
                    String key = by.equals("proposalCategory") ? "democracy.proposals" : "democracy.contracts";
                    assertThat(nonzeroParts(f.get(key))).as(as + " by " + by).isEqualTo(rows.get(by));
                }
                assertThat(f.keySet()).as("the figures asked for").containsExactlyInAnyOrder(FIGURES.split(","));
                assertThat(f.get("democracy.contracts").get("value").asLong()).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + inForce, Long.class, path, on, on, on));
                assertThat(f.get("democracy.contractWorkers").get("value").asLong()).as(as).isEqualTo(
                        jdbc.queryForObject("select coalesce(sum(c.workers_covered), 0)" + inForce, Long.class, path, on, on, on));
                assertThat(f.get("democracy.contractEmployers").get("value").asLong()).as(as).isEqualTo(jdbc.queryForObject(
                        "select count(distinct e.employer_id) from contract_employer e where e.contract_id in (select c.id" + inForce + ")",
                        Long.class, path, on, on, on));
                assertThat(f.get("democracy.contractsSigned").get("value").asLong()).as(as).isEqualTo(jdbc.queryForObject(
                        "select count(*) from collective_contract c join union_org u on u.id = c.union_id where u.path like ?"
                                + " and c.signed_on between ? and ?", Long.class, path, from, on));
                assertThat(f.get("democracy.contractsFiled").get("value").asLong()).as(as).isEqualTo(jdbc.queryForObject(
                        "select count(*) from collective_contract c join union_org u on u.id = c.union_id where u.path like ?"
                                + " and c.filed_on between ? and ?", Long.class, path, from, on));
                java.math.BigDecimal rise = jdbc.queryForObject("select round(sum(c.wage_rise * c.workers_covered) / nullif(sum(c.workers_covered), 0), 1)"
                        + " from collective_contract c join union_org u on u.id = c.union_id where u.path like ? and c.signed_on between ? and ?"
                        + " and c.kind = 'WAGE' and c.wage_rise is not null", java.math.BigDecimal.class, path, from, on);
                JsonNode wageRise = f.get("democracy.wageRise").get("value");
                assertThat(wageRise.isNull() ? null : wageRise.decimalValue()).as(as + " wage rise").isEqualTo(rise);
                for (String[] rowsOf : new String[][] {
                        {"democracy.congressSessions", "select count(*) from congress_session s join workers_congress w on w.id = s.congress_id"
                                + " and w.district_id = s.district_id join union_org u on u.id = w.union_id where u.path like ? and s.held_on between ? and ?"},
                        {"democracy.disclosures", "select count(*) from disclosure d join union_org u on u.id = d.union_id"
                                + " where u.path like ? and d.published_on between ? and ?"},
                        {"democracy.protectionChecks", "select count(distinct p.employer_id) from womens_protection p"
                                + " join union_org u on u.id = p.union_id where u.path like ? and p.checked_on between ? and ?"}}) {
                    assertThat(f.get(rowsOf[0]).get("value").asLong()).as(as + " " + rowsOf[0])
                            .isEqualTo(jdbc.queryForObject(rowsOf[1], Long.class, path, from, on));
                }
                assertThat(f.get("democracy.proposals").get("value").asLong()).as(as).isEqualTo(
                        jdbc.queryForObject("select count(*)" + proposals + " and s.held_on between ? and ?", Long.class, path, from, on));
                assertThat(f.get("democracy.proposalsHandled").get("value").asLong()).as(as).isEqualTo(
                        jdbc.queryForObject("select count(*)" + proposals + " and p.handled_on between ? and ?", Long.class, path, from, on));
            }
        }
    }

    private Map<String, Long> grouped(String sql, Object... args) {
        Map<String, Long> m = new HashMap<>();
        jdbc.query(sql, rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        }, args);
        return m;
    }

    /** A figure's parts that are not zero, by code ("-" for the records without one). */
    static Map<String, Long> nonzeroParts(JsonNode figure) {
        Map<String, Long> m = new HashMap<>();
        for (JsonNode p : figure.get("parts")) {
            if (p.get("value").asLong() != 0) {
                m.put(p.get("code").isNull() ? "-" : p.get("code").asString(), p.get("value").asLong());
            }
        }
        return m;
    }

    private static long part(JsonNode figure, String code) {
        for (JsonNode p : figure.get("parts")) {
            if (p.get("code").asString().equals(code)) {
                return p.get("value").asLong();
            }
        }
        throw new AssertionError("no part " + code + " in " + figure);
    }

    @Test
    void theRegisterImportsSignedAndFiledContracts() {
        String title = unique("台账合同");
        String csv = "协商工会,合同名称,合同类别,覆盖范围,覆盖单位统一社会信用代码,要约日期,签订日期,生效日期,终止日期,覆盖职工人数,工资增幅（%）,备案日期,备案编号\n"
                + district + "," + title + ",工资专项集体合同,区域性," + plant + "、" + shop + "," + today.minusDays(60) + "," + today.minusDays(40)
                + "," + today.minusDays(30) + "," + today.plusYears(1) + ",330,4.5," + today.minusDays(35) + ",集备〔2026〕7号\n";
        var imported = admin.importFile("/api/collective-contracts/import", "台账.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        JsonNode c = admin.get("/api/collective-contracts?under=" + district + "&q=" + title).json().get("items").get(0);
        assertThat(c.get("status").asString()).isEqualTo("FILED");
        assertThat(c.get("employers")).hasSize(2);
        var bad = admin.importFile("/api/collective-contracts/import", "错.csv", ("协商工会,合同名称,合同类别,覆盖范围,覆盖单位统一社会信用代码,"
                + "要约日期,签订日期,生效日期,终止日期,覆盖职工人数\n" + district + ",x,综合集体合同,单一企业," + plant + "、" + shop + ","
                + today.minusDays(9) + "," + today.minusDays(8) + "," + today + "," + today.plusYears(1) + ",10\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("只能填一家单位");
        assertThat(admin.get("/api/collective-contracts/export?under=" + district).status()).isEqualTo(200);
    }

    @Test
    void aCongressMeetsVotesOnTheContractTakesProposalsAndTheEmployerDisclosesMatters() {
        var congress = admin.post("/api/workers-congresses", Map.of("creditCode", plant, "form", "CONGRESS",
                "establishedOn", today.minusYears(2).toString(), "representatives", 40));
        assertThat(congress.status()).as(congress.toString()).isEqualTo(201);
        long id = congress.json().get("id").asLong();
        assertThat(admin.post("/api/workers-congresses", Map.of("creditCode", plant, "form", "CONGRESS", "establishedOn",
                today.minusYears(1).toString(), "representatives", 40)).text()).contains("已登记职代会制度");
        assertThat(admin.post("/api/workers-congresses", Map.of("creditCode", shop, "form", "CONGRESS",
                "establishedOn", today.toString())).text()).contains("须填写职工代表人数");
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=CONGRESS_NOT_HELD&size=500").text()).as("established two years ago, never met")
                .contains("职代会（编号" + id + "）");

        long contract = contract("COMPREHENSIVE", "SINGLE", unique("待表决合同"), List.of(plant)).get("id").asLong();
        long elsewhere = contract("COMPREHENSIVE", "SINGLE", unique("他厂合同"), List.of(shop)).get("id").asLong();
        Map<String, Object> session = new HashMap<>(Map.of("heldOn", today.minusDays(10).toString(), "title", "三届二次职代会",
                "expected", 40, "present", 36, "frontline", 24, "women", 15, "resolutions", "通过集体合同草案"));
        session.put("contractId", elsewhere);
        session.put("votesFor", 30);
        assertThat(admin.post("/api/workers-congresses/" + id + "/sessions", session).text()).contains("不覆盖本单位");
        session.put("contractId", contract);
        session.put("present", 41);
        assertThat(admin.post("/api/workers-congresses/" + id + "/sessions", session).text()).contains("不能超过应到人数");
        session.put("present", 36);
        var held = admin.post("/api/workers-congresses/" + id + "/sessions", session);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().get("contractAdopted").asBoolean()).as("30 of 40 representatives").isTrue();
        assertThat(held.json().get("frontlineShare").decimalValue()).isEqualByComparingTo("66.7");
        long sessionId = held.json().get("id").asLong();
        session.put("resolutions", "通过集体合同草案和工作报告");
        session.put("version", held.json().get("version").asLong());
        assertThat(admin.put("/api/workers-congresses/" + id + "/sessions/" + sessionId, session).status()).isEqualTo(200);

        String p = "/api/congress-sessions/" + sessionId + "/proposals";
        long first = admin.post(p, Map.of("title", "增设职工休息室", "proposer", "职工代表王某", "category", "WELFARE")).json().get("id").asLong();
        long second = admin.post(p, Map.of("title", "提高夜班津贴", "proposer", "职工代表李某", "category", "PAY")).json().get("id").asLong();
        long third = admin.post(p, Map.of("title", "调整作息", "proposer", "职工代表赵某")).json().get("id").asLong();
        assertThat(admin.put(p + "/" + third, Map.of("title", "调整夏季作息时间", "proposer", "职工代表赵某", "version", 0)).status()).isEqualTo(200);
        assertThat(admin.post(p + "/" + first + "/handle", Map.of("action", "HANDLE", "handledOn", today.toString(), "handling", "x")).text())
                .contains("立案后才能办结");
        admin.post(p + "/" + first + "/handle", Map.of("action", "ACCEPT"));
        assertThat(admin.post(p + "/" + first + "/handle", Map.of("action", "HANDLE", "handledOn", today.toString(),
                "handling", "已在二楼设休息室")).json().get("status").asString()).isEqualTo("HANDLED");
        admin.post(p + "/" + second + "/handle", Map.of("action", "REJECT", "handling", "纳入工资集体协商"));

        assertThat(admin.post("/api/disclosures", Map.of("creditCode", plant, "publishedOn", today.minusDays(3).toString(),
                "channel", "BOARD", "subject", "职工工资调整方案")).status()).isEqualTo(201);
        admin.post("/api/disclosures", Map.of("creditCode", plant, "publishedOn", today.minusDays(2).toString(), "channel", "CONGRESS",
                "subject", "年度经营情况"));
        long wrong = admin.post("/api/disclosures", Map.of("creditCode", shop, "publishedOn", today.toString(), "channel", "WECHAT",
                "subject", "录错")).json().get("id").asLong();
        assertThat(admin.delete("/api/disclosures/" + wrong).status()).isEqualTo(204);
        assertThat(admin.get("/api/disclosures/export?under=" + district).status()).isEqualTo(200);

        // by hand: one congress; one session 10 days ago with 3 proposals, 1 handled today; 2 matters of one employer
        Map<String, JsonNode> f = figures("proposalCategory");
        assertThat(f.get("democracy.congressEmployers").get("value").asLong()).isEqualTo(1);
        if (today.getDayOfYear() > 10) {
            assertThat(f.get("democracy.congressSessions").get("value").asLong()).isEqualTo(1);
            assertThat(f.get("democracy.proposals").get("value").asLong()).isEqualTo(3);
            assertThat(part(f.get("democracy.proposals"), "WELFARE")).isEqualTo(1);
        }
        assertThat(f.get("democracy.proposalsHandled").get("value").asLong()).isEqualTo(1);
        if (today.getDayOfYear() > 3) {
            assertThat(f.get("democracy.disclosureEmployers").get("value").asLong()).isEqualTo(1);
            assertThat(f.get("democracy.disclosures").get("value").asLong()).isEqualTo(2);
        }
        JsonNode listed = admin.get("/api/workers-congresses?under=" + district).json().get("items").get(0);
        assertThat(listed.get("sessions").asLong()).isEqualTo(1);
        assertThat(listed.get("openProposals").asLong()).as("the third still waits").isEqualTo(1);
        admin.post("/api/reminders/refresh", Map.of());
        assertThat(admin.get("/api/reminders?kind=CONGRESS_NOT_HELD&size=500").text()).doesNotContain("职代会（编号" + id + "）");
        assertThat(admin.post("/api/workers-congresses/" + id + "/abolish", Map.of("on", today.toString(), "version",
                admin.get("/api/workers-congresses/" + id).json().get("version").asLong())).status()).isEqualTo(200);
        assertThat(admin.put("/api/workers-congresses/" + id, Map.of("form", "CONGRESS", "establishedOn", today.minusYears(2).toString(),
                "representatives", 42, "version", admin.get("/api/workers-congresses/" + id).json().get("version").asLong())).status())
                .isEqualTo(200);
    }

    /** The yearly 职代会 sheet: sessions of registered congresses import, a sheet naming an employer without one writes nothing. */
    @Test
    void sessionsImportForRegisteredCongresses() {
        var registered = admin.post("/api/workers-congresses", Map.of("creditCode", plant, "form", "CONGRESS", "establishedOn", "2024-01-01",
                "representatives", 60));
        long congress = registered.json().get("id").asLong();
        String header = "单位统一社会信用代码,召开日期,会议名称,应到人数,实到人数,其中一线职工,其中女职工,决议\n";
        String good = plant + "," + today.minusDays(30) + ",三届二次职工代表大会,60,58,35,22,审议通过工资集体协商方案\n";
        var bad = admin.importFile("/api/workers-congresses/import", "职代会.csv", (header + good + shop + "," + today.minusDays(20)
                + ",职工大会,40,41,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("尚未登记职代会制度").contains("实到人数不能多于应到人数");
        assertThat(admin.get("/api/workers-congresses/" + congress + "/sessions").json()).isEmpty();
        var done = admin.importFile("/api/workers-congresses/import", "职代会.csv", (header + good).getBytes(StandardCharsets.UTF_8));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode sessions = admin.get("/api/workers-congresses/" + congress + "/sessions").json();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("frontlineShare").doubleValue()).isEqualTo(60.3);
    }
}
