package org.unionworks.platform.excel;

import java.util.List;

/**
 * The outcome of an import. {@code errorFile} is a token for the error workbook download, null
 * when every row was good. {@code errors} holds at most the first 200 bad rows; the workbook has all.
 */
public record ImportResult(int total, int valid, int failed, boolean written, int created, int updated,
                           int unchanged, List<RowError> errors, String errorFile, String message) {
}
