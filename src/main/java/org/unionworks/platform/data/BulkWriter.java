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
    private static final class CsvReader extends Reader {
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
