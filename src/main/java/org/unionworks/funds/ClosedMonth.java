package org.unionworks.funds;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A month closed (结账): its entries are never edited again; a correction is booked in an open month. */
@Entity
@Table(name = "funds_closed_month")
class ClosedMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate fundsMonth;
    private OffsetDateTime closedAt;
    private String closedBy;

    protected ClosedMonth() {
    }

    ClosedMonth(LocalDate fundsMonth, String closedBy) {
        this.fundsMonth = fundsMonth;
        this.closedBy = closedBy;
        this.closedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    Long getId() { return id; }
    LocalDate getFundsMonth() { return fundsMonth; }
    OffsetDateTime getClosedAt() { return closedAt; }
    String getClosedBy() { return closedBy; }
}
