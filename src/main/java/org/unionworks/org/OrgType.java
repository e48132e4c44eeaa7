package org.unionworks.org;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of union body (GLOSSARY.md) and which kinds each may hold beneath it. */
public enum OrgType {
    CITY_FEDERATION, DISTRICT_FEDERATION, TOWN_FEDERATION, INDUSTRY_UNION, SECTOR_FEDERATION, AREA_FEDERATION,
    GRASSROOTS, SUB_UNION, GROUP;

    private static final Set<OrgType> FEDERATIONS = EnumSet.of(CITY_FEDERATION, DISTRICT_FEDERATION, TOWN_FEDERATION,
            INDUSTRY_UNION, SECTOR_FEDERATION, AREA_FEDERATION);

    public boolean isFederation() {
        return FEDERATIONS.contains(this);
    }

    /** Federations hold federations and grassroots unions; a grassroots union holds sub-unions and groups. */
    public boolean canHold(OrgType child) {
        if (child == CITY_FEDERATION) {
            return false;
        }
        if (isFederation()) {
            return child.isFederation() || child == GRASSROOTS;
        }
        return switch (this) {
            case GRASSROOTS -> child == SUB_UNION || child == GROUP;
            case SUB_UNION -> child == GROUP;
            default -> false;
        };
    }
}
