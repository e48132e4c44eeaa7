package org.unionworks.democracy;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer's special protection of women workers in a year: 四期 protection in place, the inspection, women screened. */
@Entity
@Table(name = "womens_protection")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class WomensProtection extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private long employerId;
    @Column(name = "protection_year")
    private int year;
    private boolean fourPeriods;
    private LocalDate checkedOn;
    private Integer womenWorkers;
    private Integer screened;
    private String note;

    protected WomensProtection() {
    }

    WomensProtection(long unionId, Long districtId, long employerId, int year) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.employerId = employerId;
        this.year = year;
    }

    void describe(boolean fourPeriods, LocalDate checkedOn, Integer womenWorkers, Integer screened, String note) {
        this.fourPeriods = fourPeriods;
        this.checkedOn = checkedOn;
        this.womenWorkers = womenWorkers;
        this.screened = screened;
        this.note = note;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getEmployerId() { return employerId; }
    int getYear() { return year; }
    boolean isFourPeriods() { return fourPeriods; }
    LocalDate getCheckedOn() { return checkedOn; }
    Integer getWomenWorkers() { return womenWorkers; }
    Integer getScreened() { return screened; }
    String getNote() { return note; }
}
