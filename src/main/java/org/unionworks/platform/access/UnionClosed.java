package org.unionworks.platform.access;

/**
 * Published by the org module, inside the closing transaction, when a union is dissolved or
 * merged. Every module that keeps rows per union moves them to the successor, so nothing is lost;
 * {@code merged} tells a merger (the successor takes over) from a dissolution (the upper union does).
 */
public record UnionClosed(long unionId, long successorId, boolean merged, java.time.LocalDate on) {
}
