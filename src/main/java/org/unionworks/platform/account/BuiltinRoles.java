package org.unionworks.platform.account;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The permission patterns each built-in role was shipped with (migration V2), to reset one to. */
final class BuiltinRoles {

    private static final Map<String, Set<String>> SHIPPED = Map.of(
            "SYS_ADMIN", Set.of("*"),
            "CITY_ADMIN", Set.of("*:read", "*:write", "*:import", "*:export", "*:reveal", "user:read", "user:write",
                    "user:reveal", "role:read", "audit:read"),
            "DISTRICT_ADMIN", Set.of("*:read", "*:write", "*:import", "*:export", "user:read", "user:write",
                    "role:read", "audit:read"),
            "GRASSROOTS_ADMIN", Set.of("*:read", "*:write", "*:import", "*:export"),
            "VIEWER", Set.of("*:read"));

    private BuiltinRoles() {
    }

    static Optional<Set<String>> patternsOf(String code) {
        return Optional.ofNullable(SHIPPED.get(code));
    }
}
