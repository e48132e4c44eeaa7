package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.TestDatabase;

/**
 * The schema's indexes by PostgreSQL's catalogue: none missing where a deletion would read a whole table, none kept that
 * another already serves. H2 runs the same migrations and indexes every foreign key by itself, so the rules are
 * PostgreSQL's.
 */
class IndexRulesApiTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onPostgres() {
        assumeTrue(TestDatabase.postgres(), "PostgreSQL's catalogue");
    }

    /**
     * Deleting a row of a table that refers to itself makes PostgreSQL look for the rows referring to it: every such
     * foreign key needs an index leading with its column, or each deleted row reads the whole table (a year of a city's
     * remittances could not be deleted in 12 minutes).
     */
    @Test
    void everySelfReferenceIsIndexed() {
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

    /**
     * A plain index whose columns lead another index of the same table serves no query the other cannot, and every insert
     * and update still writes it (V59_23 dropped four).
     */
    @Test
    void noPlainIndexLeadsAnother() {
        List<String> redundant = jdbc.queryForList("""
                select a.indexrelid::regclass || ' (covered by ' || b.indexrelid::regclass || ')'
                  from pg_index a
                  join pg_index b on b.indrelid = a.indrelid and b.indexrelid <> a.indexrelid
                  join pg_class t on t.oid = a.indrelid
                 where t.relnamespace = current_schema()::regnamespace
                   and not a.indisunique and a.indnatts = a.indnkeyatts and a.indnkeyatts <= b.indnkeyatts
                   and a.indpred is null and b.indpred is null and a.indexprs is null and b.indexprs is null
                   and (' ' || b.indkey::text || ' ') like ' ' || array_to_string((a.indkey::int2[])[0:a.indnkeyatts - 1], ' ') || ' %'
                   and (' ' || b.indclass::text || ' ') like ' ' || array_to_string((a.indclass::oid[])[0:a.indnkeyatts - 1], ' ') || ' %'
                 order by 1""", String.class);
        assertThat(redundant).as("plain indexes whose columns lead another index of their table").isEmpty();
    }
}
