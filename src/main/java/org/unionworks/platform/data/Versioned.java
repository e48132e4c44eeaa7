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
