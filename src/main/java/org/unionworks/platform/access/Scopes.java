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

    /**
     * For a union named as the owner of a new or changed record: it must be visible and still open.
     * A dissolved or merged union has handed its records to its successor and takes no new ones.
     */
    public void requireOpen(long unionId) {
        requireVisible(unionId);
        if (!orgTree.isActive(unionId)) {
            throw new org.unionworks.platform.error.InvalidInputException("unionId", CLOSED);
        }
    }

    /** The same rule for one spreadsheet row: null if the union may own a new record, else why not. */
    public String problemForNew(long unionId, String label) {
        if (!isVisible(unionId)) {
            return label + unionId + "不存在或不在您的管辖范围内";
        }
        return orgTree.isActive(unionId) ? null : label + unionId + "：" + CLOSED;
    }

    /** A union a spreadsheet names by its number, full or short name, or credit code: its id, or why there is none. */
    public record Resolved(Long id, String problem) {
    }

    /**
     * Resolves what a row gives for a union within the acting user's subtree: a number is the union's
     * 编号; any other text its full name, short name or credit code. A name two unions share is refused
     * with both, so that the row is fixed with the number or the code.
     */
    public Resolved resolve(String text, String label) {
        if (text.chars().allMatch(Character::isDigit) && text.length() < 12) {
            long id = Long.parseLong(text);
            String problem = problemForNew(id, label);
            return new Resolved(problem == null ? id : null, problem);
        }
        String scope = CurrentUsers.current().flatMap(u -> orgTree.pathOf(u.unionId())).orElse("/") + "%";
        var found = orgTree.named(text, scope, 4);
        if (found.isEmpty()) {
            return new Resolved(null, label + "“" + text + "”不存在、已撤销或不在您的管辖范围内");
        }
        if (found.size() > 1) {
            String candidates = String.join("、", found.stream().limit(3)
                    .map(n -> n.name() + "（编号" + n.id() + (n.parentName() == null ? "" : "，上级：" + n.parentName()) + "）").toList());
            return new Resolved(null, label + "“" + text + "”对应多个工会：" + candidates + (found.size() > 3 ? "等" : "")
                    + "；请填写工会编号或统一社会信用代码");
        }
        return new Resolved(found.get(0).id(), null);
    }

    static final String CLOSED = "该工会已撤销或已合并，不能再为其登记或修改记录；请选择承接其工作的工会";

    /**
     * For an approval that belongs to an upper union (批复, 审批): the union must be visible (else 404) and the acting
     * user must sit in a union above it, not in the union itself.
     */
    public void requireAbove(long unionId, String message) {
        requireVisible(unionId);
        if (CurrentUsers.current().map(u -> u.unionId() == unionId).orElse(false)) {
            throw new org.unionworks.platform.error.ForbiddenException(message);
        }
    }

    /** Answers 404, as if the union did not exist, when it is outside the acting user's subtree. */
    public void requireVisible(long unionId) {
        if (!isVisible(unionId)) {
            throw new NotFoundException("工会组织");
        }
    }
}
