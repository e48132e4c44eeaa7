package org.unionworks.platform.quality;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.SqlScopes;

/**
 * A check whose records one SQL names, in its columns {@code id, union_id, name, problem, link} (the
 * page that corrects it), each named so (it is counted as a derived table). Its {@code %s} takes the
 * data scope on {@code unionColumn}.
 */
public final class SqlQualityCheck implements QualityCheck {

    private final JdbcClient jdbc;
    private final SqlScopes scopes;
    private final String code;
    private final String label;
    private final String permission;
    private final String advice;
    private final String unionColumn;
    private final String select;
    private final String order;

    public SqlQualityCheck(JdbcClient jdbc, SqlScopes scopes, String code, String label, String permission, String advice,
                           String unionColumn, String select, String order) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.code = code;
        this.label = label;
        this.permission = permission;
        this.advice = advice;
        this.unionColumn = unionColumn;
        this.select = select;
        this.order = order;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String advice() {
        return advice;
    }

    @Override
    public String permission() {
        return permission;
    }

    @Override
    public long count(long unionId) {
        var scope = scopes.under(unionId, unionColumn);
        return scope.bind(jdbc.sql("select count(*) from (" + select.formatted(scope.sql()) + ") x")).query(Long.class).single();
    }

    @Override
    public List<Finding> page(long unionId, int limit, long offset) {
        var scope = scopes.under(unionId, unionColumn);
        return scope.bind(jdbc.sql(select.formatted(scope.sql()) + " order by " + order + " limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Finding(rs.getLong(1), rs.getLong(2), null, rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
