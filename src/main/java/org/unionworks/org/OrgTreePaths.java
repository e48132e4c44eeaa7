package org.unionworks.org;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionworks.platform.access.OrgTree;

/**
 * Paths and names of unions for the platform (data scope, audit, account pages), cached and
 * dropped whenever the tree changes shape or a union is renamed.
 */
@Component
class OrgTreePaths implements OrgTree {

    private record Node(String path, String name, boolean active) {
    }

    private final JdbcClient jdbc;
    private final Map<Long, Node> cache = new ConcurrentHashMap<>();
    private volatile Long rootId;

    OrgTreePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> pathOf(long unionId) {
        return node(unionId).map(Node::path);
    }

    @Override
    public Optional<String> nameOf(long unionId) {
        return node(unionId).map(Node::name);
    }

    @Override
    public boolean isActive(long unionId) {
        return node(unionId).map(Node::active).orElse(false);
    }

    @Override
    public java.util.List<Long> federationsBelow(long unionId) {
        return jdbc.sql("""
                select id from union_org where parent_id = :parent and status = 'ACTIVE' and org_type <> 'GRASSROOTS'
                 order by path""").param("parent", unionId).query(Long.class).list();
    }

    @Override
    public java.util.List<Named> named(String text, String pathPattern, int limit) {
        return jdbc.sql("""
                select u.id, u.name, p.name from union_org u left join union_org p on p.id = u.parent_id
                 where u.path like :path and u.status = 'ACTIVE'
                   and (u.name = :text or u.short_name = :text or u.credit_code = upper(:text))
                 order by u.path limit :limit""")
                .param("path", pathPattern).param("text", text).param("limit", limit)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public long rootId() {
        if (rootId == null) {
            rootId = jdbc.sql("select id from union_org where parent_id is null").query(Long.class).single();
        }
        return rootId;
    }

    private Optional<Node> node(long id) {
        Node cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Node> found = jdbc.sql("select path, name, status from union_org where id = :id").param("id", id)
                .query((rs, n) -> new Node(rs.getString(1), rs.getString(2), "ACTIVE".equals(rs.getString(3)))).optional();
        found.ifPresent(n -> cache.put(id, n));
        return found;
    }

    /** Drops the cache now and again after commit, so no reader keeps a path from before the change. */
    void changed() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }
}
