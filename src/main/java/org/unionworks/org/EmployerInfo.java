package org.unionworks.org;

/**
 * What other modules may know of an employer (part of the org module's public API): the union that keeps its
 * record ({@code unionId}, 管辖工会) and the grassroots union covering it now, if any.
 */
public record EmployerInfo(long id, String name, String creditCode, boolean active, Long coveringUnionId, long unionId) {
}
