package org.unionworks.platform.data;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows into one table at once: PostgreSQL's COPY where the database is PostgreSQL,
 * JDBC batches of 1,000 elsewhere (H2). Joins the caller's transaction if there is one.
 */
@Component
public class BulkWriter {

    private final DataSource dataSource;
    private final boolean postgres;

    BulkWriter(DataSource dataSource) throws org.springframework.jdbc.support.MetaDataAccessException {
        this.dataSource = dataSource;
        this.postgres = org.springframework.jdbc.support.JdbcUtils.extractDatabaseMetaData(dataSource,
                md -> md.getDatabaseProductName()).toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** Whether the database is PostgreSQL (COPY, generate_series) rather than H2. */
    public boolean postgres() {
        return postgres;
    }

    /**
     * Gives the statements of the caller's transaction {@code size} of memory for each sort, hash and trigger transition
     * table (PostgreSQL's work_mem, until the transaction ends; nothing on H2). A statement-level trigger reads its
     * transition tables once per reference, and once they had spilled to disk (work_mem's 4 MB: 10,000 changed employers)
     * each read took seconds: the employer tally's update trigger took 7 s for those rows instead of 1.2.
     */
    public void transactionWorkMem(String size) {
        if (postgres) {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try (PreparedStatement set = c.prepareStatement("select set_config('work_mem', ?, true)")) {
                set.setString(1, size);
                set.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("work_mem " + size + " refused: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        }
    }

    /** Writes the rows (values in column order; null for NULL) and returns how many were written. */
    public long write(String table, List<String> columns, Iterator<Object[]> rows) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (postgres) {
                String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new CsvReader(rows));
            }
            return batches(c, table, columns, rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk write into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * Appends rows to a COPY into {@code table} that stays open in the caller's transaction across calls, so that the
     * database writes a chunk while the caller prepares the next (two cores at work instead of one in turn) and the
     * table's statement triggers fire once per {@link StreamedCopy#SEGMENT_ROWS} rows, not per call. The connection can
     * run nothing else while the COPY is open:
     * {@link #endStream} closes it (the import engine does after the last chunk, and so must anyone who queries or writes
     * otherwise in the transaction); it is closed before the commit, and cancelled on a rollback. On H2 the rows are
     * written at once, as {@link #write} does.
     */
    public void stream(String table, List<String> columns, Iterator<Object[]> rows) {
        if (!postgres || !TransactionSynchronizationManager.isSynchronizationActive()) {
            write(table, columns, rows);
            return;
        }
        StreamedCopy open = (StreamedCopy) TransactionSynchronizationManager.getResource(this);
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        if (open != null && !open.sql.equals(sql)) {
            endStream();
            open = null;
        }
        if (open == null) {
            try {
                Connection c = DataSourceUtils.getConnection(dataSource);
                open = new StreamedCopy(this, sql, c.unwrap(PGConnection.class).getCopyAPI());
            } catch (SQLException e) {
                throw new IllegalStateException("bulk write into " + table + " failed: " + e.getMessage(), e);
            }
            TransactionSynchronizationManager.bindResource(this, open);
            TransactionSynchronizationManager.registerSynchronization(open);
        }
        open.send(rows);
    }

    /** Closes the transaction's open COPY, if any, waiting for the database to have written every row of it. */
    public void endStream() {
        if (TransactionSynchronizationManager.getResource(this) instanceof StreamedCopy open) {
            TransactionSynchronizationManager.unbindResource(this);
            open.end();
        }
    }

    private static long batches(Connection c, String table, List<String> columns, Iterator<Object[]> rows) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return n;
    }

    /** Streams rows as CSV, a chunk at a time, so memory stays flat whatever the row count. */
    static final class CsvReader extends Reader {
        private final Iterator<Object[]> rows;
        private final StringBuilder buffer = new StringBuilder();
        private int position;

        CsvReader(Iterator<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (position == buffer.length()) {
                buffer.setLength(0);
                position = 0;
                while (buffer.length() < 65_536 && rows.hasNext()) {
                    line(rows.next());
                }
                if (buffer.isEmpty()) {
                    return -1;
                }
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, target, offset);
            position += n;
            return n;
        }

        private void line(Object[] row) {
            line(buffer, row);
        }

        static void line(StringBuilder buffer, Object[] row) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = row[i];
                if (v instanceof String s) {
                    buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v != null) {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
        }

        @Override
        public void close() {
        }
    }
}
