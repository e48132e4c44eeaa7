package org.unionworks.platform.audit;

import java.time.OffsetDateTime;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.unionworks.platform.access.DataScope;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit entry; read-only to the application. */
@Entity
@Immutable
@Table(name = "audit_log")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class AuditLog {

    @Id
    private Long id;
    private OffsetDateTime occurredAt;
    private Long userId;
    private String username;
    private Long unionId;
    private String action;
    private String entity;
    private String entityId;
    private String summary;
    private String changes;
    private String clientIp;

    protected AuditLog() {
    }

    Long getId() { return id; }
    OffsetDateTime getOccurredAt() { return occurredAt; }
    Long getUserId() { return userId; }
    String getUsername() { return username; }
    Long getUnionId() { return unionId; }
    String getAction() { return action; }
    String getEntity() { return entity; }
    String getEntityId() { return entityId; }
    String getSummary() { return summary; }
    String getChanges() { return changes; }
    String getClientIp() { return clientIp; }
}
