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

/** A round of field research (大调研): when, and the unions and enterprises visited. */
@Entity
@Table(name = "research_round")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class ResearchRound extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String visited;
    private int visitedCount;

    protected ResearchRound() {
    }

    ResearchRound(long unionId, String title, LocalDate startsOn, LocalDate endsOn, String visited, int visitedCount) {
        this.unionId = unionId;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.visited = visited;
        this.visitedCount = visitedCount;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getTitle() { return title; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    String getVisited() { return visited; }
    int getVisitedCount() { return visitedCount; }
}
