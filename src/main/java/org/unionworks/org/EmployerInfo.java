package org.unionworks.org;

/** What other modules may know of an employer (part of the org module's public API). */
public record EmployerInfo(long id, String name, String creditCode, boolean active, Long coveringUnionId) {
}
