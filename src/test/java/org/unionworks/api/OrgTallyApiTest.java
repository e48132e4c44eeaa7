package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The city and district figures of the union tree (on PostgreSQL read from the trigger-kept
 * {@code org_tally}) equal the raw rows after unions are founded, employers registered, imported,
 * covered, edited and closed, coverages ended and taken over in a merger, a union dissolved, a union
 * moved to another district, a union's kind changed, rows deleted and the tallies compacted, for several dates and periods;
 * the grassroots unions by kind as well (on PostgreSQL from {@code union_kind_tally}, V59_14).
 */
class OrgTallyApiTest extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now(FEDERATION);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 6, 1),
            LocalDate.of(2021, 6, 30), TODAY.minusDays(1), TODAY);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    @Test
    void unionTreeFiguresStayEqualToTheRawRowsThroughEveryKindOfChange() {
        Http admin = admin();
        long district = district(admin, unique("建会区"));
        long older = union(admin, district, "ENTERPRISE", "2019-05-01");
        long recent = union(admin, district, "ENTERPRISE", null);
        long joint = union(admin, district, "JOINT", "2020-12-01");
        long a = EmployerApiTest.createEmployer(admin, district, unique("甲厂"), 80);
        long b = EmployerApiTest.createEmployer(admin, district, unique("乙厂"), 300);
        long c = EmployerApiTest.createEmployer(admin, district, unique("丙店"), 5);
        String csv = "单位名称,统一社会信用代码,管辖工会编号,职工人数,登记日期,应建会\n"
                + unique("丁厂") + "," + creditCode() + "," + district + ",40,2021-03-01,是\n"
                + unique("戊厂") + "," + creditCode() + "," + joint + ",12,2021-03-01,否\n";
        var imported = admin.importFile("/api/employers/import", "employers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(2);
        assertSame(admin, district, "after founding unions and registering employers");

        long coverA = cover(admin, older, a, "2020-06-01");
        cover(admin, joint, b, "2021-01-01");
        cover(admin, joint, c, "2021-06-30");
        assertSame(admin, district, "after covering");

        JsonNode saved = admin.get("/api/employers/" + b).json();
        Map<String, Object> edit = EmployerApiTest.employer(saved.get("unionId").asLong(), saved.get("name").asString(),
                saved.get("creditCode").asString(), 250);
        edit.put("version", saved.get("version").asLong());
        edit.put("registeredOn", "2020-01-01");
        assertThat(admin.put("/api/employers/" + b, edit).status()).as("fewer employees").isEqualTo(200);
        assertThat(admin.post("/api/employers/" + c + "/close", Map.of("on", TODAY.minusDays(1).toString())).status()).isEqualTo(200);
        assertThat(admin.post("/api/coverage/" + coverA + "/end", Map.of("on", "2021-06-30")).status()).isEqualTo(200);
        cover(admin, recent, a, "2021-06-30");
        assertSame(admin, district, "after an edit, a closing and a coverage passed on");

        var merged = admin.post("/api/orgs/" + joint + "/merge", Map.of("intoId", recent, "on", TODAY.toString(), "reason", "合并"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        var dissolved = admin.post("/api/orgs/" + older + "/dissolve", Map.of("on", TODAY.minusDays(1).toString(), "reason", "撤销"));
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        assertSame(admin, district, "after a merger and a dissolution");

        long other = district(admin, unique("迁入区"));
        assertThat(admin.post("/api/orgs/" + recent + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertSame(admin, district, "in the district the union left");
        assertSame(admin, other, "in the district the union moved to");
        assertThat(MemberApiTest.value(admin.get("/api/figures?under=" + other).json(), "org.coveredEmployers")).isPositive();

        assertThat(count("select u.district_id from employer e join union_org u on u.id = e.union_id where e.id = ?", a))
                .as("the employer's keeper, the union covering it since").isEqualTo(other);
        long written = tallyRowsWrittenBy(a, "update employer set union_id = ?, employee_count = employee_count + 1 where id = ?", other, a);
        if (TestDatabase.postgres()) {
            assertThat(written).as("a keeper in the same district and a new employee count change nothing the tally counts (V59_17)")
                    .isZero();
        }
        jdbc.update("update employer set union_id = ? where id = ?", district, a);
        assertSame(admin, district, "after an employer's keeper moved to this district");
        assertSame(admin, other, "after an employer's keeper moved to another district");

        jdbc.update("delete from union_org_employer where employer_id = ?", b);
        jdbc.update("update employer set employee_count = employee_count + 7 where union_id = ?", recent);
        jdbc.update("delete from employer where id = ?", b);
        jdbc.update("update union_org set grassroots_kind = 'JOINT' where id = ?", recent);
        assertSame(admin, other, "after deletions and direct updates (a union's kind changed)");
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "org_tally");
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "union_kind_tally");
            assertSame(admin, district, "after compaction");
            assertSame(admin, other, "after compaction");
        }
    }

    /** Covered employers are counted by their coverage periods, so one employer's periods may not overlap (PostgreSQL;
     * on the embedded H2 the application alone keeps the rule). */
    @Test
    void theDatabaseRefusesOverlappingCoverageOfOneEmployer() {
        Http admin = admin();
        long district = district(admin, unique("涵盖校验区"));
        long first = union(admin, district, "ENTERPRISE", "2019-01-01");
        long second = union(admin, district, "ENTERPRISE", "2019-01-01");
        long employer = EmployerApiTest.createEmployer(admin, district, unique("校验厂"), 60);
        long coverage = cover(admin, first, employer, "2021-01-01");
        assertThat(admin.post("/api/coverage/" + coverage + "/end", Map.of("on", "2022-01-01")).status()).isEqualTo(200);
        if (TestDatabase.postgres()) {
            assertThatThrownBy(() -> jdbc.update("insert into union_org_employer (union_id, employer_id, from_date, to_date)"
                    + " values (?, ?, date '2021-06-01', date '2021-09-01')", second, employer))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        cover(admin, second, employer, "2022-01-01");
        assertThat(jdbc.queryForObject("select count(*) from union_org_employer where employer_id = ?", Long.class, employer))
                .isEqualTo(2);
    }

    private static long union(Http admin, long parent, String kind, String foundedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parent);
        body.put("name", unique("建会工会"));
        body.put("orgType", "GRASSROOTS");
        body.put("grassrootsKind", kind);
        body.put("foundedOn", foundedOn);
        var r = admin.post("/api/orgs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static long cover(Http admin, long union, long employer, String from) {
        var r = admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", from));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /**
     * Runs one statement in a transaction of its own and returns how many rows it added to org_tally (0 on H2). The
     * connection first writes tally rows in two transactions of its own that cancel, as a pooled connection may have just
     * done; the counter is read before and after the statement, because on PostgreSQL 15 pg_stat_xact_user_tables also
     * counts what earlier transactions of the same connection inserted while their statistics wait to be flushed (411
     * rows once in CI).
     */
    private long tallyRowsWrittenBy(long employer, String sql, Object... args) {
        return jdbc.execute((ConnectionCallback<Long>) con -> {
            try (var toggle = con.prepareStatement("update employer set should_have_union = not should_have_union where id = ?")) {
                toggle.setLong(1, employer);
                toggle.executeUpdate();
                toggle.executeUpdate();
            }
            con.setAutoCommit(false);
            try (var statement = con.prepareStatement(sql)) {
                long before = tallyRowsInserted(con);
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
                long written = tallyRowsInserted(con) - before;
                con.commit();
                return written;
            } finally {
                con.setAutoCommit(true);
            }
        });
    }

    private static long tallyRowsInserted(Connection con) throws SQLException {
        if (!TestDatabase.postgres()) {
            return 0;
        }
        try (var rs = con.createStatement().executeQuery(
                "select n_tup_ins from pg_stat_xact_user_tables where relname = 'org_tally'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The whole city's and one district's figures against the raw rows of the tree as it stands. */
    private void assertSame(Http admin, long district, String when) {
        for (long scope : List.of(1L, district)) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate on : DATES) {
                String as = when + ", union " + scope + " on " + on;
                LocalDate from = on.withDayOfYear(1);
                JsonNode f = admin.get("/api/figures?under=" + scope + "&on=" + on + "&from=" + from + "&to=" + on).json();
                assertThat(MemberApiTest.value(f, "org.grassroots")).as(as).isEqualTo(count("""
                        select count(*) from union_org where path like ? and org_type = 'GRASSROOTS'
                           and coalesce(founded_on, cast(created_at as date)) <= ? and (closed_on is null or closed_on > ?)""",
                        path, on, on));
                JsonNode kinds = admin.get("/api/figures?under=" + scope + "&on=" + on + "&keys=org.grassroots&by=grassrootsKind").json();
                Map<String, Long> byKind = new HashMap<>();
                jdbc.query("""
                        select grassroots_kind, count(*) from union_org where path like ? and org_type = 'GRASSROOTS'
                           and coalesce(founded_on, cast(created_at as date)) <= ? and (closed_on is null or closed_on > ?)
                         group by grassroots_kind""", rs -> { byKind.put(rs.getString(1), rs.getLong(2)); }, path, on, on);
                assertThat(DemocracyApiTest.nonzeroParts(MemberApiTest.find(kinds, "org.grassroots"))).as(as + ", by kind").isEqualTo(byKind);
                assertThat(MemberApiTest.value(f, "org.newUnions")).as(as).isEqualTo(count("""
                        select count(*) from union_org where path like ? and org_type = 'GRASSROOTS' and founded_on between ? and ?""",
                        path, from, on));
                String covered = """
                        from employer e where e.id in (select c.employer_id from union_org_employer c join union_org u on u.id = c.union_id
                         where u.path like ? and c.from_date <= ? and (c.to_date is null or c.to_date > ?))""";
                assertThat(MemberApiTest.value(f, "org.coveredEmployers")).as(as).isEqualTo(count("select count(*) " + covered, path, on, on));
                assertThat(MemberApiTest.value(f, "org.employees")).as(as).isEqualTo(count("""
                        select coalesce(sum(coalesce(
                            (select h.employees from employer_headcount h where h.employer_id = e.id and h.counted_on <= ?
                              order by h.counted_on desc limit 1),
                            (select h.employees from employer_headcount h where h.employer_id = e.id order by h.counted_on limit 1))), 0)
                        """ + covered, on, path, on, on));
                String shouldHave = " e.should_have_union and e.registered_on <= ? and (e.closed_on is null or e.closed_on > ?)"
                        + " and e.union_id in (select id from union_org where path like ?)";
                long denominator = count("select count(*) from employer e where" + shouldHave, on, on, path);
                long numerator = count("select count(*) " + covered + " and" + shouldHave, path, on, on, on, on, path);
                JsonNode rate = MemberApiTest.find(f, "org.unionizationRate").get("value");
                assertThat(rate.isNull() ? null : rate.decimalValue()).as(as).isEqualTo(Figures.percent(numerator, denominator));
            }
        }
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
