package org.unionworks.platform.excel;

import java.util.List;

/** Every problem of one spreadsheet row; {@code row} is the row number the user sees in Excel. */
public record RowError(int row, List<String> messages) {
}
