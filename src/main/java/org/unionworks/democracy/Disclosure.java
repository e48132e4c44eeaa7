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

/** 厂务公开: a matter an employer made public to its workers, on a day, through a channel. */
@Entity
@Table(name = "disclosure")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Disclosure extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private long employerId;
    private LocalDate publishedOn;
    private String channel;
    private String subject;

    protected Disclosure() {
    }

    Disclosure(long unionId, Long districtId, long employerId, LocalDate publishedOn, String channel, String subject) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.employerId = employerId;
        this.publishedOn = publishedOn;
        this.channel = channel;
        this.subject = subject;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getEmployerId() { return employerId; }
    LocalDate getPublishedOn() { return publishedOn; }
    String getChannel() { return channel; }
    String getSubject() { return subject; }
}
