package org.unionworks.platform.excel;

/**
 * What writing the valid rows did. {@code held}: of the created rows, those kept aside for a later step rather than
 * refused (a remittance whose payer is not yet registered, kept unmatched), said in the job's message by the
 * definition's {@link ImportDefinition#heldNote}.
 */
public record ImportCounts(int created, int updated, int unchanged, int held) {

    public ImportCounts(int created, int updated, int unchanged) {
        this(created, updated, unchanged, 0);
    }
}
