package org.unionworks.platform.access;

import java.util.List;

/** A module's permissions, declared as a bean so the role editor can list them. */
public record PermissionGroup(String module, String label, List<Permission> permissions) {

    public record Permission(String code, String label) {
    }

    public static PermissionGroup of(String module, String label, String... codeLabelPairs) {
        var list = new java.util.ArrayList<Permission>();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            list.add(new Permission(codeLabelPairs[i], codeLabelPairs[i + 1]));
        }
        return new PermissionGroup(module, label, List.copyOf(list));
    }
}
