package org.unionworks.platform.access;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.error.NotFoundException;

/**
 * The data scope and subtrees for SQL, as {@link Subtrees} is for entity queries: besides the org
 * module, the only code that names {@code union_org}. Paths are bound parameters, never concatenated;
 * the union column is the caller's own constant.
 */
@Component
public class SqlScopes {

    /** A condition on a union column and the parameters it needs. */
    public record Condition(String sql, Map<String, Object> params) {
        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }

    private final OrgTree orgTree;
    private final Scopes scopes;

    SqlScopes(OrgTree orgTree, Scopes scopes) {
        this.orgTree = orgTree;
        this.scopes = scopes;
    }

    /** SQL text: the union in {@code unionColumn} lies under the path bound to {@code pathParameter} (a prefix with %). */
    public static String inSubtree(String unionColumn, String pathParameter) {
        return unionColumn + " in (select scope_u.id from union_org scope_u where scope_u.path like :" + pathParameter + ")";
    }

    /** {@code unionColumn} is the union or one below it; 404 when the union lies outside the caller's scope. */
    public Condition under(long unionId, String unionColumn) {
        scopes.requireVisible(unionId);
        if (unionId == orgTree.rootId()) {
            return new Condition(unionColumn + " is not null", Map.of());
        }
        String path = orgTree.pathOf(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        return new Condition(unionColumn + " in (select scope_u.id from union_org scope_u where scope_u.path like :scope_below)",
                Map.of("scope_below", path + "%"));
    }

    /**
     * {@code unionColumn} is the union or one below it, whether or not the caller may see that union
     * (a quota counted across the organizer's subtree, say); the caller decides what it shows.
     */
    public Condition unrestricted(long unionId, String unionColumn) {
        String path = orgTree.pathOf(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        return new Condition(unionColumn + " in (select scope_u.id from union_org scope_u where scope_u.path like :scope_below)",
                Map.of("scope_below", path + "%"));
    }

    /** {@code unionColumn} is the caller's union or one below it. */
    public Condition mine(String unionColumn) {
        return under(CurrentUsers.require().unionId(), unionColumn);
    }

    /**
     * {@code unionColumn} is the caller's union, one below it, or one above it: records an upper union
     * shares with the unions below (campaigns, templates).
     */
    public Condition sharedWithMe(String unionColumn) {
        String mine = orgTree.pathOf(CurrentUsers.require().unionId()).orElseThrow(() -> new NotFoundException("工会组织"));
        return new Condition(unionColumn + " in (select scope_u.id from union_org scope_u where scope_u.path like :scope_below"
                + " or :scope_mine like scope_u.path || '%')", Map.of("scope_below", mine + "%", "scope_mine", mine));
    }

    /** {@code unionColumn} is the caller's union or one above it (what is shared down to the caller). */
    public Condition aboveMe(String unionColumn) {
        String mine = orgTree.pathOf(CurrentUsers.require().unionId()).orElseThrow(() -> new NotFoundException("工会组织"));
        return new Condition(unionColumn + " in (select scope_u.id from union_org scope_u where :scope_mine like scope_u.path || '%')",
                Map.of("scope_mine", mine));
    }

    /**
     * SQL text joining, as {@code alias}, the union in {@code unionColumn}, for grouping another module's
     * rows by the union's kind ({@code alias.grassroots_kind}) without naming the union table.
     */
    public static String joinUnion(String unionColumn, String alias) {
        return " join union_org " + alias + " on " + alias + ".id = " + unionColumn;
    }
}
