package org.unionworks.rights;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A campaign cases belong to, e.g. 根治欠薪冬季专项行动, run by a union over a period. */
@Entity
@Table(name = "rights_campaign")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Campaign extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected Campaign() {
    }

    Campaign(long unionId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.unionId = unionId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
}
