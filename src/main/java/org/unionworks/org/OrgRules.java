package org.unionworks.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.validation.CreditCodes;

/** The rules a union's description and place in the tree must satisfy, shared by the form and the import. */
@Component
class OrgRules {

    private final Dictionaries dictionaries;
    private final UnionOrgRepository orgs;
    private final org.unionworks.platform.access.OrgTree orgTree;

    OrgRules(Dictionaries dictionaries, UnionOrgRepository orgs, org.unionworks.platform.access.OrgTree orgTree) {
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.orgs = orgs;
    }

    List<FieldProblem> check(OrgFields f, UnionOrg existing) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean root = existing != null && existing.isRoot();
        if (f.orgType() == OrgType.CITY_FEDERATION && !root) {
            problems.add(new FieldProblem("orgType", "一个系统只有一个市总工会"));
        }
        if (f.orgType() == OrgType.GRASSROOTS && (f.grassrootsKind() == null
                || !dictionaries.contains("grassroots_kind", f.grassrootsKind()))) {
            problems.add(new FieldProblem("grassrootsKind", "基层工会须选择基层工会类型"));
        }
        if (f.creditCode() != null) {
            String problem = CreditCodes.problem(f.creditCode());
            if (problem != null) {
                problems.add(new FieldProblem("creditCode", problem));
            } else {
                // a clash outside the caller's scope is refused by the unique constraint (uq_union_org_credit_code)
                orgs.findByCreditCode(f.creditCode())
                        .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                        .ifPresent(other -> problems.add(new FieldProblem("creditCode", "统一社会信用代码已被其他工会使用")));
            }
        }
        if (f.divisionCode() != null && !dictionaries.contains("division", f.divisionCode())) {
            problems.add(new FieldProblem("divisionCode", "行政区划代码“" + f.divisionCode() + "”不在 GB/T 2260 代码表中"));
        }
        if (f.contactPhone() != null && !f.contactPhone().matches("[0-9][0-9\\-]{6,19}")) {
            problems.add(new FieldProblem("contactPhone", "联系电话应为手机号码或带区号的固定电话"));
        }
        if (f.foundedOn() != null && (f.foundedOn().isAfter(LocalDate.now()) || f.foundedOn().getYear() < 1900)) {
            problems.add(new FieldProblem("foundedOn", "成立日期应在1900年至今天之间"));
        }
        return problems;
    }

    /** The approving union (批准建会的上级工会) is the upper union itself or one of its ancestors. */
    List<FieldProblem> checkApproval(String parentPath, OrgFields f) {
        if (f.approvalUnionId() == null) {
            return List.of();
        }
        boolean ancestor = orgTree.pathOf(f.approvalUnionId()).map(parentPath::startsWith).orElse(false);
        return ancestor ? List.of()
                : List.of(new FieldProblem("approvalUnionId", "批准工会应为上级工会或其更上级工会"));
    }

    List<FieldProblem> checkPlacement(UnionOrg parent, OrgType type) {
        if (!parent.isActive()) {
            return List.of(new FieldProblem("parentId", "上级工会“" + parent.getName() + "”已撤销或合并"));
        }
        if (type != null && !parent.getOrgType().canHold(type)) {
            return List.of(new FieldProblem("orgType", "“" + parent.getName() + "”之下不能设立此类组织"));
        }
        return List.of();
    }
}
