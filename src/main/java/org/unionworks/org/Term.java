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

/** A union committee's term (届期), usually 3 or 5 years; one is current until an election ends it. */
@Entity
@Table(name = "union_term")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Term extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private int termNo;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int lengthYears;
    private String chairName;
    private String committee;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private TermStatus status = TermStatus.CURRENT;

    protected Term() {
    }

    Term(long unionId, int termNo, LocalDate startsOn, int lengthYears, LocalDate endsOn, String chairName,
         String committee) {
        this.unionId = unionId;
        this.termNo = termNo;
        describe(startsOn, lengthYears, endsOn, chairName, committee);
    }

    /** {@code endsOn} null means the usual end: start plus the length in years, less one day. */
    void describe(LocalDate startsOn, int lengthYears, LocalDate endsOn, String chairName, String committee) {
        this.startsOn = startsOn;
        this.lengthYears = lengthYears;
        this.endsOn = endsOn != null ? endsOn : startsOn.plusYears(lengthYears).minusDays(1);
        this.chairName = chairName;
        this.committee = committee;
    }

    void end() {
        status = TermStatus.ENDED;
    }

    boolean isCurrent() {
        return status == TermStatus.CURRENT;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    int getTermNo() { return termNo; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    int getLengthYears() { return lengthYears; }
    String getChairName() { return chairName; }
    String getCommittee() { return committee; }
    TermStatus getStatus() { return status; }
}
