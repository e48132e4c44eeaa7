package org.unionworks.org;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A census campaign (摸底排查) run by a union over the grassroots unions below it. */
@Entity
@Table(name = "census")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Census extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private CensusStatus status = CensusStatus.OPEN;

    protected Census() {
    }

    Census(long unionId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.unionId = unionId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void close() {
        status = CensusStatus.CLOSED;
    }

    boolean isOpen() {
        return status == CensusStatus.OPEN;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    CensusStatus getStatus() { return status; }
}
