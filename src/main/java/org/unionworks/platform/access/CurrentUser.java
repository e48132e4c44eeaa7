package org.unionworks.platform.access;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user, as kept in the session. */
public record CurrentUser(long id, String username, String displayName, long unionId,
                          Set<String> permissions, boolean mustChangePassword) implements Serializable {

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, displayName, unionId, permissions, false);
    }
}
