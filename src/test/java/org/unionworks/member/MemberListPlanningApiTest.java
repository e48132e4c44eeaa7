package org.unionworks.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.platform.data.CappedPages;
import org.unionworks.support.ApiTestBase;
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

    @Test
    void aPageOfMembersIsPlannedForItsValuesAndNothingElseIs() {
        boolean postgres = TestDatabase.postgres();
        String during = transactions.execute(status -> {
            var page = pages.<Member, Member>find(Member.class, MemberSearch.matching("欧阳"), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id")),
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
