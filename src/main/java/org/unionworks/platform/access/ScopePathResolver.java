package org.unionworks.platform.access;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Supplies the data-scope filter's parameter: the acting user's union path followed by {@code %}
 * ({@link DataScope#EVERYTHING} for a user of the root union).
 * Hibernate asks for it whenever a scoped query is rendered, so the scope always follows the
 * current user, never a value set earlier in the session.
 */
@Component
public class ScopePathResolver implements Supplier<String> {

    private final OrgTree orgTree;

    public ScopePathResolver(OrgTree orgTree) {
        this.orgTree = orgTree;
    }

    @Override
    public String get() {
        return CurrentUsers.current()
                .map(user -> user.unionId() == orgTree.rootId() ? DataScope.EVERYTHING
                        : orgTree.pathOf(user.unionId()).orElse("/nowhere/") + "%")
                .orElse(DataScope.EVERYTHING);
    }
}
