package org.unionworks.democracy;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer's 职工代表大会 (or, in a small one, 职工大会), kept by the union that covers the employer, from its establishment on. */
@Entity
@Table(name = "workers_congress")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class WorkersCongress extends Versioned {

    enum Form { CONGRESS, ASSEMBLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private long employerId;
    @Enumerated(EnumType.STRING)
    private Form form;
    private LocalDate establishedOn;
    private Integer representatives;
    private LocalDate abolishedOn;

    protected WorkersCongress() {
    }

    WorkersCongress(long unionId, Long districtId, long employerId) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.employerId = employerId;
    }

    void describe(Form form, LocalDate establishedOn, Integer representatives) {
        if (abolishedOn != null && establishedOn.isAfter(abolishedOn)) {
            throw new InvalidInputException("establishedOn", "建立日期不能晚于撤销日期");
        }
        if (form == Form.CONGRESS && representatives == null) {
            throw new InvalidInputException("representatives", "职工代表大会须填写职工代表人数");
        }
        this.form = form;
        this.establishedOn = establishedOn;
        this.representatives = representatives;
    }

    void abolish(LocalDate on) {
        if (abolishedOn != null) {
            throw new ConflictException("该职代会制度已于" + abolishedOn + "撤销");
        }
        if (on.isBefore(establishedOn)) {
            throw new InvalidInputException("on", "撤销日期不能早于建立日期");
        }
        this.abolishedOn = on;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getDistrictId() { return districtId; }
    long getEmployerId() { return employerId; }
    Form getForm() { return form; }
    LocalDate getEstablishedOn() { return establishedOn; }
    Integer getRepresentatives() { return representatives; }
    LocalDate getAbolishedOn() { return abolishedOn; }
}
