package org.unionworks.honor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 名额: how many of one title a campaign may put forward, overall (no union) or for one subordinate union's subtree. */
@Embeddable
record Quota(@Column(name = "title_id") long titleId, @Column(name = "union_id") Long unionId, @Column(name = "quota") int quota) {

    boolean overall() {
        return unionId == null;
    }
}
