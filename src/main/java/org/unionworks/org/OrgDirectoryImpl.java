package org.unionworks.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrgDirectoryImpl implements OrgDirectory {

    private final UnionOrgRepository orgs;
    private final EmployerRepository employers;
    private final CoverageRepository coverages;
    private final JdbcClient jdbc;

    OrgDirectoryImpl(UnionOrgRepository orgs, EmployerRepository employers, CoverageRepository coverages,
                     JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.employers = employers;
        this.coverages = coverages;
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

    private static final String UNION_INFO = "select id, name, path, org_type, status, parent_id, district_id from union_org";

    private static UnionInfo unionInfo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnionInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                "ACTIVE".equals(rs.getString(5)), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmployerInfo> employer(long id) {
        return employers.findById(id).map(this::info);
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
            employers.findByCreditCodeIn(codes).forEach(e -> found.put(e.getCreditCode(), info(e)));
        }
        return found;
    }

    private EmployerInfo info(Employer e) {
        Long covering = coverages.findByEmployerIdAndToDateIsNull(e.getId()).map(Coverage::getUnionId).orElse(null);
        return new EmployerInfo(e.getId(), e.getName(), e.getCreditCode(), e.isActive(), covering, e.getUnionId(), e.getOwnershipType());
    }
}
