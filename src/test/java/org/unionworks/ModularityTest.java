package org.unionworks;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's base package or named interfaces, and never in a cycle. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(UnionWorksApplication.class).verify();
    }
}
