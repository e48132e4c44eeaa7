package org.unionworks.honor;

import org.unionworks.platform.data.PublicObjection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 异议: raised by anyone during a nomination's 公示, answered by the organizer before 审定. */
@Entity
@Table(name = "nomination_objection")
class Objection extends PublicObjection {

    private long nominationId;

    protected Objection() {
    }

    Objection(long nominationId, String content, String contact) {
        super(content, contact);
        this.nominationId = nominationId;
    }

    long getNominationId() { return nominationId; }
}
