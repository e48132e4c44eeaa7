package org.unionworks.platform.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * A mutable row: an optimistic-locking version and creation/update times (columns {@code version},
 * {@code created_at}, {@code updated_at}), kept here once for every entity.
 */
@MappedSuperclass
public abstract class Versioned {

    @Version
    private Long version;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    @PrePersist
    @PreUpdate
    protected void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Refuses a change made to the version the caller read ({@code asked}) when the row has changed since: 409 with {@code message}. */
    public void requireVersion(Long asked, String message) {
        if (asked == null || !asked.equals(version)) {
            throw new org.unionworks.platform.error.ConflictException(message);
        }
    }

    public Long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
