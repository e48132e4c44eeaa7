package org.unionworks.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer's 职工人数 from a day on, until its next count; before the first count, the first holds.
 * Read and written through its employer, which carries the data scope.
 */
@Entity
@Table(name = "employer_headcount")
class Headcount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long employerId;
    private LocalDate countedOn;
    private int employees;
    private OffsetDateTime createdAt;

    protected Headcount() {
    }

    Headcount(long employerId, LocalDate countedOn, int employees) {
        this.employerId = employerId;
        this.countedOn = countedOn;
        this.employees = employees;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void recount(int employees) {
        this.employees = employees;
    }

    Long getId() { return id; }
    long getEmployerId() { return employerId; }
    LocalDate getCountedOn() { return countedOn; }
    int getEmployees() { return employees; }
}
