package org.unionworks.org;

/** What other modules may know of a union (part of the org module's public API). */
public record UnionInfo(long id, String name, String path, String orgType, boolean active, Long parentId,
                        Long districtId) {

    /** Grassroots unions, their sub-unions and groups are where members are organized. */
    public boolean holdsMembers() {
        return orgType.equals("GRASSROOTS") || orgType.equals("SUB_UNION") || orgType.equals("GROUP");
    }
}
