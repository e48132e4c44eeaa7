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

/** One grassroots union's return in a census: pending, submitted, approved. */
@Entity
@Table(name = "census_return")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class CensusReturn extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long censusId;
    private long unionId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ReturnStatus status = ReturnStatus.PENDING;
    private Boolean hasCommittee;
    private Integer committeeSize;
    private LocalDate termStartsOn;
    private LocalDate termEndsOn;
    private Integer members;
    private Integer employees;
    private Boolean hasWorkersHome;
    private Boolean holdsCongress;
    private String problems;
    private String employerCreditCode;
    private LocalDate submittedOn;
    private String submittedBy;

    protected CensusReturn() {
    }

    void submit(CensusAnswers a, LocalDate on, String by) {
        hasCommittee = a.hasCommittee();
        committeeSize = a.committeeSize();
        termStartsOn = a.termStartsOn();
        termEndsOn = a.termEndsOn();
        members = a.members();
        employees = a.employees();
        hasWorkersHome = a.hasWorkersHome();
        holdsCongress = a.holdsCongress();
        problems = a.problems();
        employerCreditCode = a.employerCreditCode();
        submittedOn = on;
        submittedBy = by;
        status = ReturnStatus.SUBMITTED;
    }

    void approve() {
        status = ReturnStatus.APPROVED;
    }

    CensusAnswers answers() {
        return new CensusAnswers(hasCommittee, committeeSize, termStartsOn, termEndsOn, members, employees,
                hasWorkersHome, holdsCongress, problems, employerCreditCode);
    }

    Long getId() { return id; }
    long getCensusId() { return censusId; }
    long getUnionId() { return unionId; }
    ReturnStatus getStatus() { return status; }
    LocalDate getSubmittedOn() { return submittedOn; }
    String getSubmittedBy() { return submittedBy; }
}
