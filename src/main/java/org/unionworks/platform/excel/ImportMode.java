package org.unionworks.platform.excel;

public enum ImportMode {
    /** Any bad row and nothing is written. */
    ALL_OR_NOTHING,
    /** The good rows are written together; the bad rows are reported. */
    VALID_ONLY
}
