package org.unionworks.platform.excel;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import job as the page sees it. While {@code READY} the counts are the preview (what
 * confirming would do); once {@code DONE} they are what was written. {@code errorFile} names the
 * error workbook download ({@code /api/imports/errors/{errorFile}}), null when every row was good;
 * {@code errors} holds at most the first 200 bad rows.
 */
public record ImportJobView(String id, String entity, String title, String filename, String mode, String status,
                            int total, int processed, int valid, int failed, int created, int updated, int unchanged,
                            boolean written, List<RowError> errors, String errorFile, String message,
                            OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public boolean finished() {
        return !status.equals("VALIDATING") && !status.equals("WRITING") && !status.equals("READY");
    }
}
