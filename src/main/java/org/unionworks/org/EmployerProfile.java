package org.unionworks.org;

/**
 * An employer as the funds register needs it (part of the org module's public API): besides {@link EmployerInfo}, the
 * district of the union its records belong to, its headcount and whether it should have a union (应建会).
 */
public record EmployerProfile(long id, String name, String creditCode, boolean active, Long coveringUnionId, long unionId,
                              Long districtId, int employees, boolean shouldHaveUnion) {

    /** The union its records belong to: the grassroots union covering it, else the union keeping its record (管辖工会). */
    public long ownerUnionId() {
        return coveringUnionId != null ? coveringUnionId : unionId;
    }
}
