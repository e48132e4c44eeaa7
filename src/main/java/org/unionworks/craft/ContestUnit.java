package org.unionworks.craft;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 参赛单位: an employer or union taking part. {@code entrants} is the number of its workers in the 岗位练兵 and
 * 选拔赛 when the unit reports only a number; null means its listed entrants are counted.
 */
@Entity
@Table(name = "contest_unit")
class ContestUnit extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contestId;
    private String name;
    private Long employerId;
    private Long unionId;
    private Integer entrants;

    protected ContestUnit() {
    }

    ContestUnit(long contestId) {
        this.contestId = contestId;
    }

    void describe(String name, Long employerId, Long unionId, Integer entrants) {
        this.name = name;
        this.employerId = employerId;
        this.unionId = unionId;
        this.entrants = entrants;
    }

    Long getId() { return id; }
    long getContestId() { return contestId; }
    String getName() { return name; }
    Long getEmployerId() { return employerId; }
    Long getUnionId() { return unionId; }
    Integer getEntrants() { return entrants; }
}
