package org.unionworks.democracy;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ballot issued to a member entitled to vote (发放选票), at most one per member and election. */
@Entity
@Table(name = "election_ballot")
class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long processId;
    private long memberId;
    private OffsetDateTime issuedAt;
    private String issuedBy;

    protected Ballot() {
    }

    Ballot(long processId, long memberId, String issuedBy) {
        this.processId = processId;
        this.memberId = memberId;
        this.issuedBy = issuedBy;
        this.issuedAt = OffsetDateTime.now();
    }

    Long getId() { return id; }
    long getProcessId() { return processId; }
    long getMemberId() { return memberId; }
    OffsetDateTime getIssuedAt() { return issuedAt; }
}
