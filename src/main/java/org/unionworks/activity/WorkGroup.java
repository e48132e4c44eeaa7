package org.unionworks.activity;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work group of cadres stationed at a grassroots union (蹲点工作组) for a period. */
@Entity
@Table(name = "work_group")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class WorkGroup extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private String members;
    private long stationedUnionId;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected WorkGroup() {
    }

    WorkGroup(long unionId, String name, String members, long stationedUnionId, LocalDate startsOn, LocalDate endsOn) {
        this.unionId = unionId;
        this.name = name;
        this.members = members;
        this.stationedUnionId = stationedUnionId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    String getMembers() { return members; }
    long getStationedUnionId() { return stationedUnionId; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
}
