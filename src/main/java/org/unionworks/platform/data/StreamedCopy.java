package org.unionworks.platform.data;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A COPY kept open across a transaction's chunks ({@link BulkWriter#stream}), written to the database by a thread of its own
 * and ended and begun again every {@link #SEGMENT_ROWS} rows. PostgreSQL runs a COPY's foreign-key checks and the table's
 * statement triggers when the COPY ends: with one COPY for a whole import all of that ran after its last row, while the
 * import had nothing left to do (10.5 s of a city's 41 s for a million members). A segment's checks run while the import
 * parses and checks the rows of the next, and the writing thread keeps the database busy while the import's thread waits for
 * a chunk's lookups. The transaction's connection belongs to the writing thread until {@link #end}: ended before the
 * commit, cancelled on a rollback.
 */
final class StreamedCopy implements TransactionSynchronization {

    static final int SEGMENT_ROWS = 25_000;
    private static final int BUFFER_CHARS = 65_536;

    /** Whole rows of CSV, as the database is sent them. */
    private record Part(byte[] bytes, int rows) {
    }

    private static final Part END = new Part(new byte[0], 0);
    private static final Part ABORT = new Part(new byte[0], 0);

    final String sql;
    private final Object owner;
    private final CopyManager copies;
    private final BlockingQueue<Part> parts = new ArrayBlockingQueue<>(64);
    private final Thread writer;
    private final StringBuilder buffer = new StringBuilder();
    private int buffered;
    private volatile Exception failure;

    /** Starts the writing thread; {@code owner} is the transaction resource's key. */
    StreamedCopy(Object owner, String sql, CopyManager copies) {
        this.owner = owner;
        this.sql = sql;
        this.copies = copies;
        this.writer = new Thread(this::write, "copy-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Encodes the rows and hands them to the writing thread; throws what the database refused so far. */
    void send(Iterator<Object[]> rows) {
        while (rows.hasNext()) {
            BulkWriter.CsvReader.line(buffer, rows.next());
            buffered++;
            if (buffer.length() >= BUFFER_CHARS) {
                hand();
            }
        }
        hand();
    }

    private void hand() {
        if (buffered > 0) {
            put(new Part(buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), buffered));
            buffer.setLength(0);
            buffered = 0;
        }
        refused();
    }

    private void put(Part part) {
        try {
            while (!parts.offer(part, 100, TimeUnit.MILLISECONDS)) {
                refused();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("bulk write failed: the COPY's writing thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk write interrupted", e);
        }
    }

    private void refused() {
        if (failure != null) {
            throw new IllegalStateException("bulk write failed: " + failure.getMessage(), failure);
        }
    }

    /** The writing thread: parts into the COPY, ended and begun again every segment, until the end or a rollback. */
    private void write() {
        CopyIn copy = null;
        int inSegment = 0;
        try {
            for (Part part = parts.take(); part != ABORT; part = parts.take()) {
                if (part == END) {
                    if (copy != null) {
                        copy.endCopy();
                    }
                    return;
                }
                if (copy == null) {
                    copy = copies.copyIn(sql);
                }
                copy.writeToCopy(part.bytes(), 0, part.bytes().length);
                inSegment += part.rows();
                if (inSegment >= SEGMENT_ROWS) {
                    copy.endCopy();
                    copy = null;
                    inSegment = 0;
                }
            }
            cancel(copy);
        } catch (SQLException | RuntimeException | InterruptedException e) {
            cancel(copy);
            failure = e; // last: once the import thread sees it, the connection is no longer this thread's
        }
    }

    private static void cancel(CopyIn copy) {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the rollback that follows ends the connection's transaction either way
        }
    }

    /** Sends the last rows, waits for the database to have written every one, and gives the connection back. */
    void end() {
        hand();
        put(END);
        join();
        refused();
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk write interrupted", e);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (TransactionSynchronizationManager.getResource(owner) == this) {
            TransactionSynchronizationManager.unbindResource(owner);
            end();
        }
    }

    /** On a rollback (or after the commit's end): the writing thread stopped, an unfinished COPY cancelled. */
    @Override
    public void beforeCompletion() {
        if (TransactionSynchronizationManager.getResource(owner) == this) {
            TransactionSynchronizationManager.unbindResource(owner);
        }
        if (writer.isAlive()) {
            parts.clear();
            parts.offer(ABORT);
            join();
        }
    }
}
