package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The city and district member figures (on PostgreSQL and Citus read from the trigger-kept tally) equal the
 * count of the raw rows after registrations, an import, leaving, retiring, a transfer, an ID-number
 * correction that changes the sex, a union moved to another district, a deletion and a compaction,
 * for several dates and periods.
 */
class MemberTallyApiTest extends ApiTestBase {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2021, 6, 30),
            LocalDate.now().minusDays(1), LocalDate.now());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    @Test
    void cityFiguresStayEqualToTheRawRowsThroughEveryKindOfChange() {
        Http admin = admin();
        long district = district(admin, unique("汇总区"));
        long east = createOrg(admin, district, unique("汇总一厂"), "GRASSROOTS", "ENTERPRISE");
        long west = createOrg(admin, district, unique("汇总二厂"), "GRASSROOTS", "ENTERPRISE");
        long a = MemberApiTest.register(admin, east, "甲", People.idNumber(LocalDate.of(1980, 1, 2), true));
        long b = MemberApiTest.register(admin, east, "乙", People.idNumber(LocalDate.of(1985, 3, 4), false));
        long c = MemberApiTest.register(admin, east, "丙", People.idNumber(LocalDate.of(1990, 5, 6), true));
        long d = MemberApiTest.register(admin, east, "丁", People.idNumber(LocalDate.of(1992, 7, 8), false));
        String csv = "姓名,身份证号,所属工会编号,是否农民工,新就业形态,入会时间\n"
                + "戊," + People.idNumber() + "," + west + ",是,,2021-01-15\n"
                + "己," + People.idNumber() + "," + west + ",否,快递员,2021-06-30\n"
                + "庚," + People.idNumber() + "," + west + ",是,外卖送餐员," + LocalDate.now() + "\n";
        var imported = admin.importFile("/api/members/import", "tally.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(3);
        assertSame(admin, "after registering and importing");

        status(admin, a, "WITHDRAW", LocalDate.now().minusDays(1));
        status(admin, b, "RETIRE", LocalDate.of(2021, 6, 30));
        long t = admin.post("/api/members/" + c + "/transfers", Map.of("toUnionId", west, "reason", "调动")).json().get("id").asLong();
        assertThat(admin.post("/api/transfers/" + t + "/accept", Map.of()).status()).isEqualTo(200);
        JsonNode dNow = admin.get("/api/members/" + d).json();
        Map<String, Object> fix = MemberApiTest.member(east, "丁", People.idNumber(LocalDate.of(1992, 7, 8), true));
        fix.put("version", dNow.get("version").asLong());
        fix.put("joinedOn", "2021-06-30");
        assertThat(admin.put("/api/members/" + d, fix).status()).as("the ID number corrected: another sex").isEqualTo(200);
        assertSame(admin, "after leaving, retiring, a transfer and a correction");
        assertSameIn(admin, district, "after leaving, retiring, a transfer and a correction");
        var rekinded = admin.put("/api/orgs/" + west, OrgApiTest.edit(admin.get("/api/orgs/" + west).json(), "grassrootsKind", "JOINT"));
        assertThat(rekinded.status()).as(rekinded.toString()).isEqualTo(200);
        assertSame(admin, "after a union became a joint union");
        assertSameIn(admin, district, "after a union became a joint union");

        long other = district(admin, unique("汇总迁入区"));
        assertThat(admin.post("/api/orgs/" + west + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertSameIn(admin, district, "in the district the union left");
        assertSameIn(admin, other, "in the district the union moved to");
        assertSameIn(admin, west, "under a union below a district, after it moved");
        assertThat(MemberApiTest.value(admin.get("/api/figures?under=" + other).json(), "member.total")).isPositive();
        assertHistoryBesideMembers("after a union moved to another district");
        long back = admin.post("/api/members/" + c + "/transfers", Map.of("toUnionId", east, "reason", "调回")).json().get("id").asLong();
        assertThat(admin.post("/api/transfers/" + back + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(count("select count(*) from member_status_change where member_id = ? and district_id = ?", c, district))
                .as("the history of a member transferred to another district, there with it").isEqualTo(2);
        assertHistoryBesideMembers("after a transfer to another district");
        assertSameIn(admin, district, "after a transfer back to the first district");
        assertSameIn(admin, other, "after a transfer away");

        jdbc.update("delete from member_status_change where member_id = ?", a);
        jdbc.update("delete from member where id = ?", a);
        assertSame(admin, "after a deletion");
        assertSameIn(admin, other, "after a deletion");
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "member_tally");
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "member_kind_tally");
            assertSame(admin, "after compaction");
            assertSameIn(admin, district, "after compaction");
            assertSameIn(admin, other, "after compaction");
        }
    }

    /** The district kept on a member (its figures' key) is its union's district: the database refuses anything else
     * (PostgreSQL; on the embedded H2 the application alone keeps the rule). */
    @Test
    void theDatabaseRefusesAMemberFiledUnderAnotherDistrict() {
        Http admin = admin();
        long district = district(admin, unique("校验区"));
        long other = district(admin, unique("校验邻区"));
        long union = createOrg(admin, district, unique("校验厂"), "GRASSROOTS", "ENTERPRISE");
        long member = MemberApiTest.register(admin, union, "壬", People.idNumber());
        assertThat(jdbc.queryForObject("select district_id from member where id = ?", Long.class, member)).isEqualTo(district);
        if (TestDatabase.citus()) {
            // a distribution column is never updated there; the union's new district without its members is refused at commit
            assertThatThrownBy(() -> jdbc.update("update member set district_id = ? where id = ?", other, member))
                    .isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> jdbc.update("update union_org set district_id = ? where id = ?", other, union))
                    .isInstanceOf(DataAccessException.class);
        } else if (TestDatabase.postgres()) {
            // on the embedded H2 the rule is kept by the application alone (a foreign key there)
            assertThatThrownBy(() -> jdbc.update("update member set district_id = ? where id = ?", other, member))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(jdbc.queryForObject("select district_id from member where id = ?", Long.class, member)).isEqualTo(district);
    }

    private static void status(Http admin, long member, String action, LocalDate on) {
        var r = admin.post("/api/members/" + member + "/status", Map.of("action", action, "on", on.toString(), "reason", "测试"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private void assertSame(Http admin, String when) {
        for (LocalDate on : DATES) {
            JsonNode f = admin.get("/api/figures?on=" + on + "&from=" + on.withDayOfYear(1) + "&to=" + on).json();
            String where = "joined_on <= ? and (left_on is null or left_on > ?)";
            assertThat(MemberApiTest.value(f, "member.total")).as(when + " " + on)
                    .isEqualTo(count("select count(*) from member where " + where, on, on));
            assertThat(MemberApiTest.value(f, "member.women")).as(when + " " + on)
                    .isEqualTo(count("select count(*) from member where sex = 'FEMALE' and " + where, on, on));
            assertThat(MemberApiTest.value(f, "member.migrant")).as(when + " " + on)
                    .isEqualTo(count("select count(*) from member where migrant_worker = true and " + where, on, on));
            assertThat(MemberApiTest.value(f, "member.newForm")).as(when + " " + on)
                    .isEqualTo(count("select count(*) from member where new_form_kind is not null and " + where, on, on));
            assertThat(MemberApiTest.value(f, "member.newMembers")).as(when + " " + on)
                    .isEqualTo(count("select count(*) from member where joined_on between ? and ?", on.withDayOfYear(1), on));
            assertKinds(admin, "/api/figures?on=" + on, "%", on, when);
            if (TestDatabase.postgres()) {
                // the tallies themselves, which the figures read on PostgreSQL and on Citus
                assertThat(count("select coalesce(sum(joined) - sum(departed), 0) from member_tally where grain = 'D' and day <= ?", on))
                        .as(when + " " + on + ": members in the tally").isEqualTo(count("select count(*) from member where " + where, on, on));
                assertThat(count("select coalesce(sum(joined) - sum(departed), 0) from member_kind_tally where grain = 'D' and day <= ?"
                        + " and part = 'JOINT'", on)).as(when + " " + on + ": members of joint unions in the kind tally")
                        .isEqualTo(count("select count(*) from member m join union_org u on u.id = m.union_id"
                                + " where u.grassroots_kind = 'JOINT' and m.joined_on <= ? and (m.left_on is null or m.left_on > ?)", on, on));
            }
        }
    }

    /** Members by their union's grassroots kind (on PostgreSQL from the kind tally) against the rows. */
    private void assertKinds(Http admin, String figures, String path, LocalDate on, String when) {
        JsonNode f = admin.get(figures + "&keys=member.total&by=grassrootsKind").json();
        Map<String, Long> raw = new java.util.HashMap<>();
        jdbc.query("""
                select coalesce(u.grassroots_kind, ''), count(*) from member m join union_org u on u.id = m.union_id
                 where u.path like ? and m.joined_on <= ? and (m.left_on is null or m.left_on > ?) group by u.grassroots_kind""",
                rs -> { raw.put(rs.getString(1), rs.getLong(2)); }, path, on, on);
        for (JsonNode p : MemberApiTest.find(f, "member.total").get("parts")) {
            String code = p.get("code").isNull() ? "" : p.get("code").asString();
            assertThat(p.get("value").asLong()).as(when + " " + on + " " + code).isEqualTo(raw.getOrDefault(code, 0L));
        }
    }

    /** The figures of a district (or a union deeper) against the members of the unions under it in the tree as it stands. */
    private void assertSameIn(Http admin, long district, String when) {
        String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, district) + "%";
        String members = "select count(*) from member m join union_org u on u.id = m.union_id where u.path like ? and ";
        for (LocalDate on : DATES) {
            JsonNode f = admin.get("/api/figures?under=" + district + "&on=" + on + "&from=" + on.withDayOfYear(1) + "&to=" + on).json();
            String where = "m.joined_on <= ? and (m.left_on is null or m.left_on > ?)";
            assertThat(MemberApiTest.value(f, "member.total")).as(when + " " + on)
                    .isEqualTo(count(members + where, path, on, on));
            assertThat(MemberApiTest.value(f, "member.women")).as(when + " " + on)
                    .isEqualTo(count(members + "m.sex = 'FEMALE' and " + where, path, on, on));
            assertThat(MemberApiTest.value(f, "member.newMembers")).as(when + " " + on)
                    .isEqualTo(count(members + "m.joined_on between ? and ?", path, on.withDayOfYear(1), on));
            assertKinds(admin, "/api/figures?under=" + district + "&on=" + on, path, on, when);
        }
    }

    /** Every entry of a member's history keeps the member's district (V59), by which Citus places it beside the member. */
    private void assertHistoryBesideMembers(String when) {
        assertThat(count("select count(*) from member_status_change h where not exists"
                + " (select 1 from member m where m.id = h.member_id and m.district_id = h.district_id)")).as(when).isZero();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
