package org.unionworks.platform.access;

import org.springframework.stereotype.Component;
import org.unionworks.platform.error.NotFoundException;

/** Checks a union id named in a request against the acting user's subtree. */
@Component
public class Scopes {

    private final OrgTree orgTree;

    public Scopes(OrgTree orgTree) {
        this.orgTree = orgTree;
    }

    /** True if the union is the acting user's union or below it (always true with no user acting). */
    public boolean isVisible(long unionId) {
        return orgTree.pathOf(unionId).map(this::isVisiblePath).orElse(false);
    }

    /** True if a union with this materialized path is the acting user's union or below it. */
    public boolean isVisiblePath(String path) {
        return CurrentUsers.current()
                .map(user -> orgTree.pathOf(user.unionId()).map(path::startsWith).orElse(false))
                .orElse(true);
    }

    /** Answers 404, as if the union did not exist, when it is outside the acting user's subtree. */
    public void requireVisible(long unionId) {
        if (!isVisible(unionId)) {
            throw new NotFoundException("工会组织");
        }
    }
}
