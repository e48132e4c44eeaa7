package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.TestDatabase;

/**
 * Deleting a row of a table that refers to itself makes PostgreSQL look for the rows referring to it: every such
 * foreign key needs an index leading with its column, or each deleted row reads the whole table (a year of a city's
 * remittances could not be deleted in 12 minutes). H2 indexes foreign keys itself, so the rule is PostgreSQL's.
 */
class SelfReferenceIndexApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySelfReferenceIsIndexed() {
        assumeTrue(TestDatabase.postgres(), "H2 indexes every foreign key by itself");
        List<String> unindexed = jdbc.queryForList("""
                select c.conrelid::regclass || '.' || a.attname
                  from pg_constraint c
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and c.conrelid = c.confrelid and c.connamespace = current_schema()::regnamespace
                   and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                 order by 1""", String.class);
        assertThat(unindexed).as("self-referencing foreign keys without an index").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pg_constraint where contype = 'f' and conrelid = confrelid"
                + " and connamespace = current_schema()::regnamespace", Integer.class)).isGreaterThanOrEqualTo(8);
    }
}
