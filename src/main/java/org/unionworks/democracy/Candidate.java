package org.unionworks.democracy;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A candidate (预备人选) for one of the bodies elected together, with the votes received and, once elected, an office. */
@Entity
@Table(name = "election_candidate")
class Candidate extends Versioned {

    /** 工会委员会, 经费审查委员会, 女职工委员会. */
    enum Body { COMMITTEE, AUDIT, WOMENS }

    enum Office { CHAIR, VICE_CHAIR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long processId;
    @Enumerated(EnumType.STRING)
    private Body body;
    private long memberId;
    private String name;
    private String sex;
    private boolean frontline;
    private Integer votes;
    private boolean elected;
    @Enumerated(EnumType.STRING)
    private Office office;

    protected Candidate() {
    }

    Candidate(long processId, Body body, long memberId, String name, String sex, boolean frontline) {
        this.processId = processId;
        this.body = body;
        this.memberId = memberId;
        this.name = name;
        this.sex = sex;
        this.frontline = frontline;
    }

    void counted(int votes, boolean elected) {
        this.votes = votes;
        this.elected = elected;
        this.office = null;
    }

    void office(Office office) {
        this.office = office;
    }

    boolean isWoman() {
        return "FEMALE".equals(sex);
    }

    Long getId() { return id; }
    long getProcessId() { return processId; }
    Body getBody() { return body; }
    long getMemberId() { return memberId; }
    String getName() { return name; }
    String getSex() { return sex; }
    boolean isFrontline() { return frontline; }
    Integer getVotes() { return votes; }
    boolean isElected() { return elected; }
    Office getOffice() { return office; }
}
