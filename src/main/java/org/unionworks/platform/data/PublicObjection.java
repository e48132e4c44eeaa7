package org.unionworks.platform.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * 异议 raised by anyone during a 公示 (a nomination's, a contest's results) and answered once by the organizer: its
 * text, the contact left (masked in the audit), when it was raised, and the answer (columns {@code content},
 * {@code contact}, {@code raised_at}, {@code resolution}, {@code resolved_by}, {@code resolved_at}). Each 公示 keeps
 * its own table and the row it objects to.
 */
@MappedSuperclass
public abstract class PublicObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String content;
    @Masked(Masked.Kind.PHONE)
    private String contact;
    private OffsetDateTime raisedAt;
    private String resolution;
    private String resolvedBy;
    private OffsetDateTime resolvedAt;
    @Version
    private long version;

    protected PublicObjection() {
    }

    protected PublicObjection(String content, String contact) {
        this.content = content;
        this.contact = contact;
        this.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Answers the objection; an objection is answered once (409 after). */
    public void resolve(String resolution, String by) {
        if (resolvedAt != null) {
            throw new ConflictException("该异议已处理");
        }
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public String getContent() { return content; }
    public OffsetDateTime getRaisedAt() { return raisedAt; }
    public String getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public boolean isOpen() { return resolvedAt == null; }
}
