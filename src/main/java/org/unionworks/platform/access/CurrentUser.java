package org.unionworks.platform.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The signed-in user, as kept in the session: the account's rights as they were at sign-in, the
 * account's session stamp then (a later change of rights ends the session) and when it signed in.
 */
public record CurrentUser(long id, String username, String displayName, long unionId,
                          Set<String> permissions, boolean mustChangePassword, boolean systemAdmin,
                          long sessionStamp, Instant signedInAt) implements Serializable {

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
