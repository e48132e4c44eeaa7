package org.unionworks.platform.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.support.ApiTestBase;

/**
 * One COPY kept open across a transaction's chunks (PostgreSQL; plain batches on H2): every row is there after the commit
 * even when nobody closed it, nothing is there when the database refuses a row, and the connection serves the next
 * transaction either way.
 */
class BulkStreamApiTest extends ApiTestBase {

    private static final List<String> COLUMNS = List.of("id", "note");

    @Autowired
    BulkWriter bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void probeTable() {
        jdbc.execute("create table bulk_stream_probe (id integer primary key, note varchar(10) not null)");
    }

    @AfterEach
    void dropProbe() {
        jdbc.execute("drop table bulk_stream_probe");
    }

    private static java.util.Iterator<Object[]> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Object[] {i, "第" + i + "行"}).iterator();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from bulk_stream_probe", Integer.class);
    }

    /** An import's statements get their work_mem for its transaction only (PostgreSQL; nothing to set on H2). */
    @Test
    void aTransactionsWorkMemLastsUntilItEnds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(bulk.postgres(), "PostgreSQL's work_mem");
        String before = jdbc.queryForObject("show work_mem", String.class);
        transactions.executeWithoutResult(tx -> {
            bulk.transactionWorkMem("77MB");
            assertThat(jdbc.queryForObject("show work_mem", String.class)).isEqualTo("77MB");
        });
        assertThat(jdbc.queryForObject("show work_mem", String.class)).as("the next transaction's").isEqualTo(before);
    }

    @Test
    void chunksStreamedInOneTransactionAreAllThereAfterTheCommit() {
        transactions.executeWithoutResult(tx -> {
            bulk.stream("bulk_stream_probe", COLUMNS, rows(0, 1500));
            bulk.stream("bulk_stream_probe", COLUMNS, rows(1500, 3000));
            bulk.endStream();
            assertThat(count()).as("readable in the transaction once ended").isEqualTo(3000);
            bulk.stream("bulk_stream_probe", COLUMNS, rows(3000, 3500));
        });
        assertThat(count()).as("the stream left open is closed before the commit").isEqualTo(3500);
    }

    @Test
    void aRowTheDatabaseRefusesRollsTheWholeStreamBackAndTheConnectionStaysUsable() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            bulk.stream("bulk_stream_probe", COLUMNS, rows(0, 1000));
            bulk.stream("bulk_stream_probe", COLUMNS, rows(999, 2000));
            bulk.endStream();
        })).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> bulk.stream("bulk_stream_probe", COLUMNS,
                java.util.stream.Stream.<Object[]>of(new Object[] {1, null}).iterator())))
                .as("refused at the commit, when the stream was left open").isInstanceOf(RuntimeException.class);
        for (int i = 0; i < 20; i++) {
            assertThat(count()).isZero();
        }
        transactions.executeWithoutResult(tx -> bulk.stream("bulk_stream_probe", COLUMNS, rows(0, 10)));
        assertThat(count()).isEqualTo(10);
    }

    /**
     * Past a segment the COPY is ended and begun again by its writing thread: every segment's rows are there after the
     * commit, a row refused in a later segment takes the earlier ones back with it, and no writing thread outlives its
     * transaction.
     */
    @Test
    void segmentsOfOneStreamCommitAndRollBackTogether() {
        int rows = StreamedCopy.SEGMENT_ROWS * 2 + 500;
        transactions.executeWithoutResult(tx -> {
            for (int from = 0; from < rows; from += 5000) {
                bulk.stream("bulk_stream_probe", COLUMNS, rows(from, Math.min(rows, from + 5000)));
            }
        });
        assertThat(count()).isEqualTo(rows);
        jdbc.execute("delete from bulk_stream_probe");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            for (int from = 0; from < rows; from += 5000) {
                bulk.stream("bulk_stream_probe", COLUMNS, rows(from, Math.min(rows, from + 5000)));
            }
            bulk.stream("bulk_stream_probe", COLUMNS, rows(rows - 1, rows));
            bulk.endStream();
        })).isInstanceOf(RuntimeException.class).satisfies(e -> assertThat(sqlState(e)).as("a duplicate key").isEqualTo("23505"));
        assertThat(count()).as("the segments written before the refused row").isZero();
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("copy-writer") && t.isAlive()))
                .as("writing threads left").isEmpty();
        transactions.executeWithoutResult(tx -> bulk.stream("bulk_stream_probe", COLUMNS, rows(0, 10)));
        assertThat(count()).isEqualTo(10);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
