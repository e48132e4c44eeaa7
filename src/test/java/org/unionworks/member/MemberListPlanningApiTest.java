package org.unionworks.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.platform.data.CappedPages;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;
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
     * A page of a few matches (a rare surname) is read from the search's indexes and sorted, not found by
     * walking the id index newest first: the planner's guess of a prefix's matches was 70 times too high
     * and the walk read a million members. The setting holds for the page's statement only.
     */
    @Test
    void aPageOfFewMatchesIsNotFoundByWalkingTheSortIndex() {
        Http admin = admin();
        long union = createOrg(admin, district(admin, unique("检索区")), unique("检索公司工会"), "GRASSROOTS", "ENTERPRISE");
        var created = admin.post("/api/members", Map.of("unionId", union, "name", "欧阳检索", "idNumber", People.idNumber(),
                "joinedOn", "2020-05-01", "ethnicity", "01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> seen = new ArrayList<>();
        Specification<Member> watched = (r, q, cb) -> {
            seen.add(TestDatabase.postgres() ? jdbc.queryForObject("show enable_indexscan", String.class) : "h2");
            return MemberSearch.matching("欧阳", true).toPredicate(r, q, cb);
        };
        String after = transactions.execute(status -> {
            pages.<Member, Member>find(Member.class, watched, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id")), list -> list);
            return TestDatabase.postgres() ? jdbc.queryForObject("show enable_indexscan", String.class) : "h2";
        });
        if (TestDatabase.postgres()) {
            assertThat(seen).as("the count, then the page").containsExactly("on", "off");
            assertThat(after).isEqualTo("on");
        } else {
            assertThat(seen).hasSize(2);
        }
    }

    @Test
    void aPageOfMembersIsPlannedForItsValuesAndNothingElseIs() {
        boolean postgres = TestDatabase.postgres();
        String during = transactions.execute(status -> {
            var page = pages.<Member, Member>find(Member.class, MemberSearch.matching("欧阳", true), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id")),
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
}
