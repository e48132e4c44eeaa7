package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A problem a funds audit found, with the money involved, and the rectification item it opened in the ledger. */
@Entity
@Table(name = "audit_finding")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class AuditFinding extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long auditId;
    private long unionId;
    private String category;
    private String description;
    private BigDecimal amount;
    private long rectificationId;
    private LocalDate foundOn;

    protected AuditFinding() {
    }

    AuditFinding(long auditId, long unionId, String category, String description, BigDecimal amount, long rectificationId,
                 LocalDate foundOn) {
        this.auditId = auditId;
        this.unionId = unionId;
        this.category = category;
        this.description = description;
        this.amount = amount;
        this.rectificationId = rectificationId;
        this.foundOn = foundOn;
    }

    Long getId() { return id; }
    long getAuditId() { return auditId; }
    long getUnionId() { return unionId; }
    String getCategory() { return category; }
    String getDescription() { return description; }
    BigDecimal getAmount() { return amount; }
    long getRectificationId() { return rectificationId; }
    LocalDate getFoundOn() { return foundOn; }
}
