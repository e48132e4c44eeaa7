package org.unionworks.democracy;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union's 会员代表大会: 常任制 (representatives serve a term) or not, its seats, from its establishment. */
@Entity
@Table(name = "members_congress")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class MembersCongress extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private boolean standing;
    private LocalDate establishedOn;
    private LocalDate termStartsOn;
    private LocalDate termEndsOn;
    private int seats;

    protected MembersCongress() {
    }

    MembersCongress(long unionId) {
        this.unionId = unionId;
    }

    void describe(boolean standing, LocalDate establishedOn, LocalDate termStartsOn, LocalDate termEndsOn, int seats) {
        this.standing = standing;
        this.establishedOn = establishedOn;
        this.termStartsOn = termStartsOn;
        this.termEndsOn = termEndsOn;
        this.seats = seats;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    boolean isStanding() { return standing; }
    LocalDate getEstablishedOn() { return establishedOn; }
    LocalDate getTermStartsOn() { return termStartsOn; }
    LocalDate getTermEndsOn() { return termEndsOn; }
    int getSeats() { return seats; }
}
