package org.unionworks.platform.excel;

/** What writing the valid rows did. */
public record ImportCounts(int created, int updated, int unchanged) {
}
