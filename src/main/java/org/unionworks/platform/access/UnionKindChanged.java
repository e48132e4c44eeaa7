package org.unionworks.platform.access;

/**
 * Published by the org module, inside the changing transaction, when a union's grassroots kind changes
 * ({@code oldKind} the kind it had, {@code null} for none). Modules that count their rows by their union's
 * kind count the union's rows again under the new one.
 */
public record UnionKindChanged(long unionId, String oldKind) {
}
