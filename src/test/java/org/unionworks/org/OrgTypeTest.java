package org.unionworks.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgTypeTest {

    @Test
    void federationsHoldFederationsAndGrassrootsUnions() {
        assertThat(OrgType.CITY_FEDERATION.canHold(OrgType.DISTRICT_FEDERATION)).isTrue();
        assertThat(OrgType.DISTRICT_FEDERATION.canHold(OrgType.GRASSROOTS)).isTrue();
        assertThat(OrgType.TOWN_FEDERATION.canHold(OrgType.SUB_UNION)).isFalse();
        assertThat(OrgType.DISTRICT_FEDERATION.canHold(OrgType.CITY_FEDERATION)).isFalse();
    }

    @Test
    void grassrootsUnionsHoldSubUnionsAndGroupsOnly() {
        assertThat(OrgType.GRASSROOTS.canHold(OrgType.SUB_UNION)).isTrue();
        assertThat(OrgType.GRASSROOTS.canHold(OrgType.GROUP)).isTrue();
        assertThat(OrgType.GRASSROOTS.canHold(OrgType.GRASSROOTS)).isFalse();
        assertThat(OrgType.SUB_UNION.canHold(OrgType.GROUP)).isTrue();
        assertThat(OrgType.GROUP.canHold(OrgType.GROUP)).isFalse();
    }
}
