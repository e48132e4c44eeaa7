package org.unionworks.honor;

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

/** A care record (走访慰问, 体检, 疗休养, 困难帮扶) given to a model worker, held by the honoree's union. */
@Entity
@Table(name = "care_record")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class CareRecord extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long honoreeId;
    private long unionId;
    private String kind;
    private LocalDate careOn;
    private BigDecimal amount;
    private String handledBy;
    private String note;

    protected CareRecord() {
    }

    CareRecord(long honoreeId, long unionId) {
        this.honoreeId = honoreeId;
        this.unionId = unionId;
    }

    void describe(String kind, LocalDate careOn, BigDecimal amount, String handledBy, String note) {
        this.kind = kind;
        this.careOn = careOn;
        this.amount = amount;
        this.handledBy = handledBy;
        this.note = note;
    }

    Long getId() { return id; }
    long getHonoreeId() { return honoreeId; }

    void moveTo(long honoreeId) {
        this.honoreeId = honoreeId;
    }
    String getKind() { return kind; }
    LocalDate getCareOn() { return careOn; }
    BigDecimal getAmount() { return amount; }
    String getHandledBy() { return handledBy; }
    String getNote() { return note; }
}
