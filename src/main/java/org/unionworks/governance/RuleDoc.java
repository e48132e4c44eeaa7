package org.unionworks.governance;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule (管理制度): in force from its enactment until repealed; its text lives in its revisions. */
@Entity
@Table(name = "rule_doc")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class RuleDoc extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String title;
    private String category;
    @Enumerated(EnumType.STRING)
    private RegulationStatus status = RegulationStatus.IN_FORCE;
    private int currentVersion = 1;
    private LocalDate enactedOn;
    private LocalDate repealedOn;

    protected RuleDoc() {
    }

    RuleDoc(long unionId, String title, String category, LocalDate enactedOn) {
        this.unionId = unionId;
        this.title = title;
        this.category = category;
        this.enactedOn = enactedOn;
    }

    int revise(String title, String category) {
        this.title = title;
        this.category = category;
        return ++currentVersion;
    }

    int repeal(LocalDate on) {
        this.status = RegulationStatus.REPEALED;
        this.repealedOn = on;
        return ++currentVersion;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getTitle() { return title; }
    String getCategory() { return category; }
    RegulationStatus getStatus() { return status; }
    int getCurrentVersion() { return currentVersion; }
    LocalDate getEnactedOn() { return enactedOn; }
    LocalDate getRepealedOn() { return repealedOn; }
}
