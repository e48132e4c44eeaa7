package org.unionworks.craft;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 异议: raised by anyone during a contest's 结果公示, answered by the organizer before the results are published. */
@Entity
@Table(name = "contest_objection")
class ContestObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contestId;
    private String content;
    @Masked(Masked.Kind.PHONE)
    private String contact;
    private OffsetDateTime raisedAt;
    private String resolution;
    private String resolvedBy;
    private OffsetDateTime resolvedAt;
    @Version
    private long version;

    protected ContestObjection() {
    }

    ContestObjection(long contestId, String content, String contact) {
        this.contestId = contestId;
        this.content = content;
        this.contact = contact;
        this.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void resolve(String resolution, String by) {
        if (resolvedAt != null) {
            throw new ConflictException("该异议已处理");
        }
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    long getContestId() { return contestId; }
    String getContent() { return content; }
    OffsetDateTime getRaisedAt() { return raisedAt; }
    String getResolution() { return resolution; }
    String getResolvedBy() { return resolvedBy; }
    boolean isOpen() { return resolvedAt == null; }
}
