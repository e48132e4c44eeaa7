package org.unionworks.org;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.validation.ApproximateDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer (单位). {@code unionId} is the union responsible for it: the grassroots union that
 * covers it, or otherwise the federation of its area; it decides who can see it.
 */
@Entity
@Table(name = "employer")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Employer extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private String creditCode;
    private String ownershipType;
    private String industry;
    private String divisionCode;
    private String address;
    private int employeeCount;
    private int femaleCount;
    private int migrantCount;
    private int newFormCount;
    private boolean shouldHaveUnion;
    private LocalDate registeredOn;
    @Enumerated(EnumType.STRING)
    private ApproximateDate.Precision registeredOnPrecision = ApproximateDate.Precision.DAY;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private EmployerStatus status = EmployerStatus.ACTIVE;
    private LocalDate closedOn;

    protected Employer() {
    }

    Employer(long unionId, EmployerFields fields, boolean shouldHaveUnion) {
        this.unionId = unionId;
        describe(fields, shouldHaveUnion);
    }

    void describe(EmployerFields f, boolean shouldHaveUnion) {
        name = f.name();
        creditCode = f.creditCode();
        ownershipType = f.ownershipType();
        industry = f.industry();
        divisionCode = f.divisionCode();
        address = f.address();
        employeeCount = f.employeeCount();
        femaleCount = f.femaleCount();
        migrantCount = f.migrantCount();
        newFormCount = f.newFormCount();
        this.shouldHaveUnion = shouldHaveUnion;
        if (f.registeredOn() != null) {
            registeredOn = f.registeredOn();
            registeredOnPrecision = f.registeredOnPrecision() == null ? ApproximateDate.Precision.DAY : f.registeredOnPrecision();
        } else if (registeredOn == null) {
            // not known: counted from the day it is entered, and listed as such
            registeredOn = LocalDate.now();
            registeredOnPrecision = ApproximateDate.Precision.ASSUMED;
        }
    }

    EmployerFields fields() {
        return new EmployerFields(name, creditCode, ownershipType, industry, divisionCode, address, employeeCount,
                femaleCount, migrantCount, newFormCount, shouldHaveUnion, registeredOn,
                registeredOnPrecision);
    }

    void assignTo(long unionId) {
        this.unionId = unionId;
    }

    void close(LocalDate on) {
        status = EmployerStatus.CLOSED;
        closedOn = on;
    }

    boolean isActive() {
        return status == EmployerStatus.ACTIVE;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getOwnershipType() { return ownershipType; }
    String getName() { return name; }
    String getCreditCode() { return creditCode; }
    int getEmployeeCount() { return employeeCount; }
    EmployerStatus getStatus() { return status; }
    LocalDate getClosedOn() { return closedOn; }
    LocalDate getRegisteredOn() { return registeredOn; }
    ApproximateDate.Precision getRegisteredOnPrecision() { return registeredOnPrecision; }
}
