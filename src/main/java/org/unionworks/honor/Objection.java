package org.unionworks.honor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 异议: raised by anyone during a nomination's 公示, answered by the organizer before 审定. */
@Entity
@Table(name = "nomination_objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long nominationId;
    private String content;
    @Masked(Masked.Kind.PHONE)
    private String contact;
    private OffsetDateTime raisedAt;
    private String resolution;
    private String resolvedBy;
    private OffsetDateTime resolvedAt;
    @jakarta.persistence.Version
    private long version;

    protected Objection() {
    }

    Objection(long nominationId, String content, String contact) {
        this.nominationId = nominationId;
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
    long getNominationId() { return nominationId; }
    String getContent() { return content; }
    String getResolution() { return resolution; }
    boolean isOpen() { return resolvedAt == null; }
}
