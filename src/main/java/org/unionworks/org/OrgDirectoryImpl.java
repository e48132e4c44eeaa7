package org.unionworks.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.data.KeyLookups;

@Component
class OrgDirectoryImpl implements OrgDirectory {

    private final UnionOrgRepository orgs;
    private final JdbcClient jdbc;
    private final org.unionworks.platform.access.Scopes scopes;
    private final org.unionworks.platform.access.SqlScopes sqlScopes;
    private final KeyLookups keyLookups;

    OrgDirectoryImpl(UnionOrgRepository orgs, JdbcClient jdbc, org.unionworks.platform.access.Scopes scopes,
                     org.unionworks.platform.access.SqlScopes sqlScopes, KeyLookups keyLookups) {
        this.keyLookups = keyLookups;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.sqlScopes = sqlScopes;
        this.orgs = orgs;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnionInfo> union(long id) {
        return orgs.findById(id).map(u -> new UnionInfo(u.getId(), u.getName(), u.getPath(), u.getOrgType().name(),
                u.isActive(), u.getParentId(), u.getDistrictId()));
    }

    @Override
    public Optional<UnionInfo> anyUnion(long id) {
        return jdbc.sql(UNION_INFO + " where id = :id").param("id", id).query(OrgDirectoryImpl::unionInfo).optional();
    }

    @Override
    public Map<Long, UnionInfo> anyUnions(Collection<Long> ids) {
        Map<Long, UnionInfo> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(UNION_INFO + " where id in (:ids)").param("ids", ids).query(OrgDirectoryImpl::unionInfo).list()
                    .forEach(u -> found.put(u.id(), u));
        }
        return found;
    }

    @Override
    public java.util.List<UnionInfo> activeSubtree(long unionId) {
        String path = union(unionId).orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("工会组织")).path();
        return jdbc.sql(UNION_INFO + " where path like :p and status = 'ACTIVE' order by path").param("p", path + "%")
                .query(OrgDirectoryImpl::unionInfo).list();
    }

    @Override
    public Map<Long, Long> grassrootsOf(long unionId) {
        String path = union(unionId).orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("工会组织")).path();
        Map<Long, String> paths = new HashMap<>();
        java.util.Set<String> grassroots = new java.util.HashSet<>();
        jdbc.sql("select id, path, org_type from union_org where path like :p").param("p", path + "%").query(rs -> {
            paths.put(rs.getLong(1), rs.getString(2));
            if ("GRASSROOTS".equals(rs.getString(3))) {
                grassroots.add(String.valueOf(rs.getLong(1)));
            }
        });
        Map<Long, Long> of = new HashMap<>();
        paths.forEach((id, p) -> {
            for (String segment : p.split("/")) {
                if (grassroots.contains(segment)) {
                    of.put(id, Long.valueOf(segment));
                    break;
                }
            }
        });
        return of;
    }

    @Override
    public java.util.List<UnionInfo> activeChildren(long unionId) {
        scopes.requireVisible(unionId);
        return jdbc.sql(UNION_INFO + " where parent_id = :id and status = 'ACTIVE' order by path").param("id", unionId)
                .query(OrgDirectoryImpl::unionInfo).list();
    }

    private static final String UNION_INFO = "select id, name, path, org_type, status, parent_id, district_id from union_org";

    private static UnionInfo unionInfo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnionInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                "ACTIVE".equals(rs.getString(5)), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class));
    }

    @Override
    public Optional<EmployerInfo> employer(long id) {
        return infos("e.id = :keys", id).stream().findFirst();
    }

    @Override
    public Map<Long, String> employerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from employer where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, EmployerInfo> employersByCreditCode(Collection<String> codes) {
        Map<String, EmployerInfo> found = new HashMap<>();
        if (!codes.isEmpty()) {
            infos(keyLookups.oneOf("e.credit_code", "keys"), KeyLookups.keys("varchar", codes)).forEach(e -> found.put(e.creditCode(), e));
        }
        return found;
    }

    /** Employers matching {@code condition} on {@code :keys}, with the union covering each now: those the caller may see. */
    private java.util.List<EmployerInfo> infos(String condition, Object keys) {
        return jdbc.sql("""
                select e.id, e.name, e.credit_code, e.status, c.union_id, e.union_id, e.ownership_type, k.path
                  from employer e
                  join union_org k on k.id = e.union_id
                  left join union_org_employer c on c.current_employer_id = e.id
                 where""" + " " + condition).param("keys", keys)
                .query((rs, n) -> scopes.isVisiblePath(rs.getString(8)) ? new EmployerInfo(rs.getLong(1), rs.getString(2),
                        rs.getString(3), "ACTIVE".equals(rs.getString(4)), rs.getObject(5, Long.class), rs.getLong(6), rs.getString(7)) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Map<String, EmployerProfile> employerProfiles(Collection<String> codes) {
        Map<String, EmployerProfile> found = new HashMap<>();
        if (!codes.isEmpty()) {
            profiles(keyLookups.oneOf("e.credit_code", "keys"), KeyLookups.keys("varchar", codes)).forEach(p -> found.put(p.creditCode(), p));
        }
        return found;
    }

    @Override
    public Map<Long, EmployerProfile> employerProfilesById(Collection<Long> ids) {
        Map<Long, EmployerProfile> found = new HashMap<>();
        if (!ids.isEmpty()) {
            profiles(keyLookups.oneOf("e.id", "keys"), KeyLookups.keys("bigint", ids)).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** Employers matching {@code condition} on {@code :keys}, those the caller may see (their keeping union in scope). */
    private java.util.List<EmployerProfile> profiles(String condition, Object keys) {
        return jdbc.sql("""
                select e.id, e.name, e.credit_code, e.status, c.union_id, e.union_id, o.district_id, e.employee_count,
                       e.should_have_union, k.path
                  from employer e
                  join union_org k on k.id = e.union_id
                  left join union_org_employer c on c.current_employer_id = e.id
                  join union_org o on o.id = coalesce(c.union_id, e.union_id)
                 where""" + " " + condition).param("keys", keys)
                .query((rs, n) -> scopes.isVisiblePath(rs.getString(10)) ? new EmployerProfile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), "ACTIVE".equals(rs.getString(4)), rs.getObject(5, Long.class), rs.getLong(6),
                        rs.getObject(7, Long.class), rs.getInt(8), rs.getBoolean(9)) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public java.util.List<Long> coveredEmployerIds(long unionId) {
        var scope = sqlScopes.under(unionId, "c.union_id");
        return scope.bind(jdbc.sql("""
                select e.id from employer e join union_org_employer c on c.current_employer_id = e.id
                 where e.status = 'ACTIVE' and""" + " " + scope.sql() + " order by e.id")).query(Long.class).list();
    }

    @Override
    public java.util.List<Long> uncoveredEmployerIds(long unionId) {
        var scope = sqlScopes.under(unionId, "e.union_id");
        return scope.bind(jdbc.sql("""
                select e.id from employer e
                 where e.status = 'ACTIVE' and not exists (select 1 from union_org_employer c where c.current_employer_id = e.id)
                   and""" + " " + scope.sql() + " order by e.id")).query(Long.class).list();
    }
}
