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

    static final String CLOSED = "该工会已撤销或已合并，不能再为其登记或修改记录；请选择承接其工作的工会";

    /** Answers 404, as if the union did not exist, when it is outside the acting user's subtree. */
    public void requireVisible(long unionId) {
        if (!isVisible(unionId)) {
            throw new NotFoundException("工会组织");
        }
    }
}
