package org.unionworks.org;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period during which a grassroots union covers an employer (涵盖单位); history is kept. */
@Entity
@Table(name = "union_org_employer")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Coverage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private long employerId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Long currentEmployerId;
    @jakarta.persistence.Version
    private long version;

    protected Coverage() {
    }

    Coverage(long unionId, long employerId, LocalDate fromDate) {
        this.unionId = unionId;
        this.employerId = employerId;
        this.fromDate = fromDate;
        this.currentEmployerId = employerId;
    }

    void end(LocalDate on) {
        toDate = on;
        currentEmployerId = null;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getEmployerId() { return employerId; }
    LocalDate getFromDate() { return fromDate; }
    LocalDate getToDate() { return toDate; }
}
