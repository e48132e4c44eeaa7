package org.unionworks.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.platform.data.CappedPages;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;
import org.unionworks.support.StatementLog;
import org.unionworks.support.TestDatabase;

/**
 * The member register's pages are planned for the values searched (PostgreSQL): a generic plan for
 * "name like ? order by id desc" walked a million members newest first. Only that transaction is
 * changed; other work keeps the database's default.
 */
class MemberListPlanningApiTest extends ApiTestBase {

    @Autowired
    CappedPages pages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /**
     * A page of a few matches (a rare surname) takes its ids from a statement sorted by an expression no
     * index gives in order, so that PostgreSQL finds the matches by the name index and sorts them instead
     * of walking the id index newest first (its guess of a prefix's matches was 70 times too high and the
     * walk read a million members); then it reads only the page's rows, in the order of the ids.
     */
    @Test
    void aPageOfFewMatchesTakesItsIdsFromTheSearchThenReadsItsRows() {
        Http admin = admin();
        long union = createOrg(admin, district(admin, unique("检索区")), unique("检索公司工会"), "GRASSROOTS", "ENTERPRISE");
        String surname = "欧阳检" + System.nanoTime() % 1_000_000;
        List<Long> created = new ArrayList<>();
        for (String joined : List.of("2020-05-03", "2020-05-01", "2020-05-02")) {
            var r = admin.post("/api/members", Map.of("unionId", union, "name", surname + "甲", "idNumber", People.idNumber(),
                    "joinedOn", joined, "ethnicity", "01"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            created.add(r.json().get("id").asLong());
        }
        var newest = StatementLog.during(() -> transactions.execute(status -> pages.<Member, Long>find(Member.class,
                MemberSearch.matching(surname, true, card -> false), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "id")),
                list -> list.stream().map(Member::getId).toList())));
        assertThat(newest.result().items()).containsExactly(created.get(2), created.get(1));
        assertThat(newest.result().total()).isEqualTo(3);
        assertThat(newest.statements()).as("the count, the page's ids, its rows").hasSize(3);
        String ids = newest.statements().get(1).toLowerCase(java.util.Locale.ROOT);
        assertThat(ids).startsWith("select m1_0.id from member").contains("order by coalesce(m1_0.id,m1_0.id) desc");
        assertThat(newest.statements().get(2).toLowerCase(java.util.Locale.ROOT)).contains("m1_0.id in (?,?)");

        var byJoining = transactions.execute(status -> pages.<Member, Long>find(Member.class,
                MemberSearch.matching(surname, true, card -> false), PageRequest.of(1, 2, Sort.by("joinedOn")),
                list -> list.stream().map(Member::getId).toList()));
        assertThat(byJoining.items()).as("the second page by date of joining").containsExactly(created.get(0));
    }

    /**
     * A whole ID number is found by the reversed number's index, which the tail search keeps anyway: the index of the
     * numbers themselves served only this search and cost every member written (V51 drops it). On PostgreSQL the search's
     * condition is planned with sequential scans ruled out, so a plan that still reads the table whole has no index to use.
     */
    @Test
    void aWholeIdNumberIsFoundByAnIndex() {
        Http admin = admin();
        long union = createOrg(admin, district(admin, unique("证号区")), unique("证号公司工会"), "GRASSROOTS", "ENTERPRISE");
        String idNumber = People.idNumber();
        var r = admin.post("/api/members", Map.of("unionId", union, "name", "证号检索", "idNumber", idNumber, "joinedOn", "2020-05-03"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var found = StatementLog.during(() -> transactions.execute(status -> pages.<Member, Long>find(Member.class,
                MemberSearch.matching(idNumber, true, card -> false), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id")),
                list -> list.stream().map(Member::getId).toList())));
        assertThat(found.result().items()).containsExactly(r.json().get("id").asLong());
        String count = found.statements().get(0);
        assertThat(count.toLowerCase(java.util.Locale.ROOT)).contains("id_reversed=?");
        // Citus plans the shard's statement on a connection of its own, without the transaction's setting.
        if (TestDatabase.postgres() && !TestDatabase.citus()) {
            String plan = transactions.execute(status -> {
                jdbc.execute("set local enable_seqscan = off");
                return String.join("\n", jdbc.queryForList("explain select id from member where id_reversed = ?", String.class,
                        new StringBuilder(idNumber).reverse().toString()));
            });
            assertThat(plan).as(plan).contains("ix_member_id_reversed_prefix").doesNotContain("Seq Scan on member");
        }
    }

    @Test
    void aPageOfMembersIsPlannedForItsValuesAndNothingElseIs() {
        boolean postgres = TestDatabase.postgres();
        String during = transactions.execute(status -> {
            var page = pages.<Member, Member>find(Member.class, MemberSearch.matching("欧阳", true, card -> false), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id")),
                    list -> list);
            assertThat(page.items()).allMatch((Member m) -> m.getName().startsWith("欧阳"));
            return postgres ? jdbc.queryForObject("show plan_cache_mode", String.class) : null;
        });
        if (postgres) {
            assertThat(during).isEqualTo("force_custom_plan");
            String after = transactions.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
            assertThat(after).isEqualTo("auto");
        }
    }

    /**
     * A district's member list names the district only where rows are placed by it (Citus reads that district's shard);
     * on PostgreSQL the district made the capped count a parallel scan of the whole member table instead of the union index
     * (19 list pages a second for 8 clients at 5 million members, 345 before).
     */
    @Test
    void aDistrictsListNamesItsDistrictOnlyWhereRowsArePlacedByIt() {
        Http admin = admin();
        long district = district(admin, unique("列表区"));
        long union = createOrg(admin, district, unique("列表公司工会"), "GRASSROOTS", "ENTERPRISE");
        var r = admin.post("/api/members", Map.of("unionId", union, "name", "列表人", "idNumber", People.idNumber(),
                "joinedOn", "2020-05-03"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var listed = StatementLog.anywhere(() -> admin.get("/api/members?under=" + district + "&page=1&size=20"));
        assertThat(listed.result().json().get("items").get(0).get("name").asString()).isEqualTo("列表人");
        List<String> onMembers = listed.statements().stream().map(sql -> sql.toLowerCase(java.util.Locale.ROOT))
                .filter(sql -> sql.contains("from member m1_0 where") && !sql.contains("m1_0.id in (")).toList();
        assertThat(onMembers).as("the count and the page's ids").hasSize(2);
        for (String sql : onMembers) {
            if (TestDatabase.citus()) {
                assertThat(sql).contains("m1_0.district_id=?");
            } else {
                assertThat(sql).doesNotContain("district_id");
            }
        }
    }
}
