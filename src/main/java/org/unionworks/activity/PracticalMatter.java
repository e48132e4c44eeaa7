package org.unionworks.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 实事: a practical matter a stationed work group got done, on a day. */
@Entity
@Table(name = "practical_matter")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class PracticalMatter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long groupId;
    private long unionId;
    private LocalDate doneOn;
    private String description;
    private OffsetDateTime createdAt;

    protected PracticalMatter() {
    }

    PracticalMatter(WorkGroup group, LocalDate doneOn, String description) {
        this.groupId = group.getId();
        this.unionId = group.getUnionId();
        this.doneOn = doneOn;
        this.description = description;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    LocalDate getDoneOn() { return doneOn; }
    String getDescription() { return description; }
}
