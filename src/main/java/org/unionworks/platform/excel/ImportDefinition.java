package org.unionworks.platform.excel;

import java.util.List;

/** An importable type: its columns, how one row becomes a value, and how the valid rows are written. */
public interface ImportDefinition<T> {

    /** Entity name for the audit log, e.g. {@code UnionOrg}. */
    String entity();

    /** Chinese title, used for the template's sheet and file name. */
    String title();

    List<Column> columns();

    /** Converts one row, reporting every problem with {@link ImportRow#error}; the result is ignored if any. */
    T parse(ImportRow row);

    /** The natural key of a parsed row (rows with equal keys in one file are reported); null for none. */
    default Object key(T value) {
        return null;
    }

    /** Writes the valid rows, all inside the caller's transaction; a thrown exception rolls every row back. */
    ImportCounts write(List<T> rows);
}
