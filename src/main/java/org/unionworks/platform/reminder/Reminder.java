package org.unionworks.platform.reminder;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.unionworks.platform.access.DataScope;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A generated reminder, read through the data-scope filter. */
@Entity
@Immutable
@Table(name = "reminder")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Reminder {

    @Id
    private Long id;
    private String kind;
    private long unionId;
    private String subjectType;
    private long subjectId;
    private String title;
    private LocalDate dueOn;
    private LocalDate generatedOn;

    protected Reminder() {
    }

    Long getId() { return id; }
    String getKind() { return kind; }
    long getUnionId() { return unionId; }
    String getSubjectType() { return subjectType; }
    long getSubjectId() { return subjectId; }
    String getTitle() { return title; }
    LocalDate getDueOn() { return dueOn; }
    LocalDate getGeneratedOn() { return generatedOn; }
}
