package org.unionworks.org;

/**
 * What other modules may know of an employer (part of the org module's public API): the union that keeps its
 * record ({@code unionId}, 管辖工会) and the grassroots union covering it now, if any.
 */
public record EmployerInfo(long id, String name, String creditCode, boolean active, Long coveringUnionId, long unionId,
                           String ownershipType) {

    /** 社会团体 (GB/T 12402 530): an association, e.g. an industry association, rather than an enterprise. */
    public boolean association() {
        return "530".equals(ownershipType);
    }
}
