package org.unionworks.platform.access;

import java.util.List;

/**
 * A module's permissions, declared as a bean so the role editor can list them. Permissions of an
 * administrative group (accounts, roles, audit, dictionaries) are never granted by a wildcard such
 * as {@code *:read}; only by name or by {@code *}.
 */
public record PermissionGroup(String module, String label, boolean administrative, List<Permission> permissions) {

    public record Permission(String code, String label) {
    }

    public static PermissionGroup of(String module, String label, String... codeLabelPairs) {
        return build(module, label, false, codeLabelPairs);
    }

    public static PermissionGroup administrative(String module, String label, String... codeLabelPairs) {
        return build(module, label, true, codeLabelPairs);
    }

    private static PermissionGroup build(String module, String label, boolean administrative, String... codeLabelPairs) {
        var list = new java.util.ArrayList<Permission>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            list.add(new Permission(codeLabelPairs[i], codeLabelPairs[i + 1]));
        }
        return new PermissionGroup(module, label, administrative, List.copyOf(list));
    }
}
