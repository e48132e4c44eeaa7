package org.unionworks.platform.access;

/**
 * Published by the org module, inside the moving transaction, when a union and everything under it
 * now sit at {@code path} in the district {@code districtId}. Modules that keep the district on their
 * rows (the distribution key of large tables) update it in the same transaction.
 */
public record SubtreeMoved(long unionId, String path, long districtId) {
}
