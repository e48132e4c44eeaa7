package org.unionworks.craft;

import org.unionworks.platform.data.PublicObjection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 异议: raised by anyone during a contest's 结果公示, answered by the organizer before the results are published. */
@Entity
@Table(name = "contest_objection")
class ContestObjection extends PublicObjection {

    private long contestId;

    protected ContestObjection() {
    }

    ContestObjection(long contestId, String content, String contact) {
        super(content, contact);
        this.contestId = contestId;
    }

    long getContestId() { return contestId; }
}
