package org.unionworks.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.access.UnionKindChanged;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** Creating, editing, moving, dissolving and merging unions; every rule checked before anything is written. */
@Service
class OrgService {

    private final UnionOrgRepository orgs;
    private final OrgRules rules;
    private final OrgTreePaths tree;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final String nextIdsSql;

    OrgService(UnionOrgRepository orgs, OrgRules rules, OrgTreePaths tree, JdbcClient jdbc, AuditService audit,
               ApplicationEventPublisher events, DataSource dataSource) throws Exception {
        this.orgs = orgs;
        this.rules = rules;
        this.tree = tree;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        this.nextIdsSql = product.toLowerCase().contains("h2")
                ? "select next value for union_org_seq from system_range(1, :n)" : "select nextval('union_org_seq') from generate_series(1, :n)";
    }

    /** A union in the caller's scope, or 404. */
    @Transactional(readOnly = true)
    UnionOrg get(long id) {
        return orgs.findById(id).orElseThrow(() -> new NotFoundException("工会组织"));
    }

    @Transactional
    UnionOrg create(long parentId, OrgFields fields) {
        UnionOrg parent = get(parentId);
        checkNew(parent, fields);
        return orgs.saveAndFlush(UnionOrg.under(nextIds(1).get(0), parent, fields));
    }

    /** Whether a union with these fields may be created under {@code parent} (which may be new itself, not yet saved). */
    void checkNew(UnionOrg parent, OrgFields fields) {
        List<FieldProblem> problems = new ArrayList<>(rules.check(fields, null));
        problems.addAll(rules.checkPlacement(parent, fields.orgType()));
        problems.addAll(rules.checkApproval(parent.getPath(), fields));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** {@code n} new union ids in one statement. */
    List<Long> nextIds(int n) {
        return jdbc.sql(nextIdsSql).param("n", n).query(Long.class).list();
    }

    @Transactional
    UnionOrg update(long id, long version, OrgFields fields) {
        UnionOrg org = get(id);
        if (org.getVersion() != version) {
            throw new ConflictException("该工会信息已被他人修改，请刷新后重试");
        }
        if (!org.isActive()) {
            throw new ConflictException("已撤销或合并的工会不能修改");
        }
        List<FieldProblem> problems = new ArrayList<>(rules.check(fields, org));
        if (org.isRoot() && fields.orgType() != OrgType.CITY_FEDERATION) {
            problems.add(new FieldProblem("orgType", "市总工会的组织类型不能修改"));
        }
        if (!org.isRoot()) {
            // the caller's own union has its parent outside the caller's scope
            var parent = orgs.findById(org.getParentId());
            if (parent.isPresent()) {
                problems.addAll(rules.checkPlacement(parent.get(), fields.orgType()));
            } else if (fields.orgType() != org.getOrgType()) {
                problems.add(new FieldProblem("orgType", "本人所在工会的组织类型须由上级工会修改"));
            }
            problems.addAll(rules.checkApproval(tree.pathOf(org.getParentId()).orElseThrow(), fields));
        }
        for (UnionOrg child : orgs.findByParentIdAndStatus(id, OrgStatus.ACTIVE)) {
            if (!fields.orgType().canHold(child.getOrgType())) {
                problems.add(new FieldProblem("orgType", "该工会下有“" + child.getName() + "”，改为此类型后不能再包含它"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean renamed = !fields.name().equals(org.getName());
        String oldKind = org.getGrassrootsKind();
        org.describe(fields);
        UnionOrg saved = orgs.saveAndFlush(org);
        if (renamed) {
            tree.changed();
        }
        if (!Objects.equals(oldKind, saved.getGrassrootsKind())) {
            events.publishEvent(new UnionKindChanged(id, oldKind));
        }
        return saved;
    }

    @Transactional
    UnionOrg move(long id, long newParentId) {
        UnionOrg org = get(id);
        requireChangeable(org);
        UnionOrg target = get(newParentId);
        if (org.contains(target)) {
            throw new InvalidInputException("newParentId", "不能移动到其自身或其下级工会之下");
        }
        if (target.getId().equals(org.getParentId())) {
            throw new InvalidInputException("newParentId", "已在该上级工会之下");
        }
        List<FieldProblem> problems = rules.checkPlacement(target, org.getOrgType());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String from = org.getPath();
        int count = relocate(org, target);
        audit.record(AuditAction.MOVE, "UnionOrg", id, "移动“" + org.getName() + "”及下级共" + count + "个组织",
                Map.of("from", from, "toParent", target.getId()));
        return get(id);
    }

    @Transactional
    UnionOrg close(long id, Long intoId, LocalDate on, String reason) {
        UnionOrg org = get(id);
        requireChangeable(org);
        if (!org.isActive()) {
            throw new ConflictException("该工会已撤销或合并");
        }
        boolean merge = intoId != null;
        UnionOrg successor = merge ? get(intoId) : get(org.getParentId());
        if (merge && org.contains(successor)) {
            throw new InvalidInputException("intoId", "不能合并到其自身或其下级工会");
        }
        if (!successor.isActive()) {
            throw new InvalidInputException("intoId", "接收工会“" + successor.getName() + "”已撤销或合并");
        }
        boolean sameKind = successor.getOrgType() == org.getOrgType()
                || successor.getOrgType().isFederation() && org.getOrgType().isFederation();
        if (merge && !sameKind) {
            throw new InvalidInputException("intoId", "只能合并到同类工会（基层工会并入基层工会，总工会并入总工会）");
        }
        List<UnionOrg> children = orgs.findByParentIdAndStatus(id, OrgStatus.ACTIVE);
        for (UnionOrg child : children) {
            if (!successor.getOrgType().canHold(child.getOrgType())) {
                throw new InvalidInputException("intoId", "下级“" + child.getName() + "”不能归入“" + successor.getName()
                        + "”，请先将其移动到其他工会");
            }
        }
        for (UnionOrg child : children) {
            relocate(get(child.getId()), successor);
        }
        UnionOrg closing = get(id);
        closing.close(merge ? OrgStatus.MERGED : OrgStatus.DISSOLVED, on, reason, successor.getId());
        orgs.saveAndFlush(closing);
        tree.changed();
        events.publishEvent(new UnionClosed(id, successor.getId(), merge, on));
        audit.record(AuditAction.CLOSE, "UnionOrg", id,
                (merge ? "合并至“" : "撤销，移交“") + successor.getName() + "”，下级" + children.size() + "个",
                Map.of("successorId", successor.getId(), "reason", reason));
        return get(id);
    }

    private int relocate(UnionOrg org, UnionOrg target) {
        String newPath = target.getPath() + org.getId() + "/";
        Long district = target.getDepth() == 0 ? org.getId() : target.getDistrictId();
        orgs.reparent(org.getId(), target.getId());
        int count = orgs.moveSubtree(org.getPath() + "%", newPath, org.getPath().length() + 1,
                target.getDepth() + 1 - org.getDepth(), district, OffsetDateTime.now(ZoneOffset.UTC));
        tree.changed();
        events.publishEvent(new org.unionworks.platform.access.SubtreeMoved(org.getId(), newPath, district));
        return count;
    }

    private void requireChangeable(UnionOrg org) {
        if (org.isRoot()) {
            throw new InvalidInputException("id", "市总工会不能移动、撤销或合并");
        }
        if (org.getId() == CurrentUsers.require().unionId()) {
            throw new InvalidInputException("id", "不能移动、撤销或合并本人所在的工会，请由上级工会办理");
        }
    }
}
