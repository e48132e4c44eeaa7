package org.unionworks.platform.excel;

import java.util.List;

/** An importable type: its columns, how one row becomes a value, and how the valid rows are written. */
public interface ImportDefinition<T> {

    /** Entity name for the audit log, e.g. {@code UnionOrg}. */
    String entity();

    /** Chinese title, used for the template's sheet and file name. */
    String title();

    List<Column> columns();

    /**
     * The list whose import endpoints {@link ImportsController} serves for this type, e.g.
     * {@code /api/members}: {@code GET /api/members/import/template} and {@code POST /api/members/import}.
     * Null for a definition made per request (the census's, one per campaign), whose module serves it.
     */
    default String path() {
        return null;
    }

    /** The permission that lets a user download the template and import, e.g. {@code member:import}. */
    default String permission() {
        return null;
    }

    /** The template's file name. */
    default String templateName() {
        return title() + "导入模板.xlsx";
    }

    /** Converts one row, reporting every problem with {@link ImportRow#error}; the result is ignored if any. */
    T parse(ImportRow row);

    /** The natural key of a parsed row (rows with equal keys in one file are reported); null for none. */
    default Object key(T value) {
        return null;
    }

    /**
     * Checks a chunk of rows that passed {@link #parse} against the database in one go (e.g. one
     * query for 5,000 ID numbers instead of 5,000 queries); errors reported here make
     * the row bad like any other. Called before {@link #preview} and {@link #write}.
     */
    default void checkBatch(List<Checked<T>> rows) {
    }

    /**
     * Whether {@link #checkBatch} reads only what was committed before the import, never rows written by its earlier chunks
     * (keys are unique within a file, so an upsert's lookups qualify): the engine then runs it on a connection of its own,
     * and {@link #write} may keep one COPY open across chunks ({@code BulkWriter.stream}), the database writing a chunk
     * while the next is parsed and checked.
     */
    default boolean checksCommittedRows() {
        return false;
    }

    /** A parsed row in {@link #checkBatch}: its value and a way to report a problem with it. */
    interface Checked<T> {
        T value();

        int rowNumber();

        void error(String message);

        /** What the import's rows share (e.g. lookups made once per import), as {@link ImportRow#shared}. */
        java.util.Map<String, Object> shared();
    }

    /** How a key is named in the message about a duplicate row. */
    default String describeKey(Object key) {
        return String.valueOf(key);
    }

    /**
     * What {@link #write} would do with these rows, without writing. The default (null) lets the
     * engine preview by writing inside a transaction it rolls back, which is exact but costs a
     * second write; types with large files classify rows themselves (and must answer non-null for
     * an empty list).
     */
    default ImportCounts preview(List<T> rows) {
        return null;
    }

    /**
     * Called in the writing transaction before its first row is checked: the place for a lock that keeps other writers
     * from the import's keys until it commits.
     */
    default void beforeWrite() {
    }

    /**
     * Writes valid rows, all inside the caller's transaction; called once per chunk of at most
     * 5,000 rows ({@code SpreadsheetImports.CHUNK}), in file order. A thrown exception rolls every
     * row of the import back.
     */
    ImportCounts write(List<T> rows);

    /** How the job's message names the {@link ImportCounts#held held} rows, after their count (e.g. "行未匹配到已登记单位，已暂存待匹配"). */
    default String heldNote() {
        return "行暂存待处理";
    }

    /** Called once the import's rows are committed (e.g. to refresh the planner's statistics after a large one). */
    default void afterCommit(ImportCounts written) {
    }
}
