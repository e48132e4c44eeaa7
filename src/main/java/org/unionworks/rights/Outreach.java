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

/** One legal outreach event (普法宣传) with its audience on site and online. */
@Entity
@Table(name = "outreach")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Outreach extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private LocalDate heldOn;
    private String topic;
    private String kind;
    private String organizer;
    private int audienceOnsite;
    private int audienceOnline;

    protected Outreach() {
    }

    Outreach(long unionId, LocalDate heldOn, String topic, String kind, String organizer, int onsite, int online) {
        this.unionId = unionId;
        describe(heldOn, topic, kind, organizer, onsite, online);
    }

    void describe(LocalDate heldOn, String topic, String kind, String organizer, int onsite, int online) {
        this.heldOn = heldOn;
        this.topic = topic;
        this.kind = kind;
        this.organizer = organizer;
        this.audienceOnsite = onsite;
        this.audienceOnline = online;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    LocalDate getHeldOn() { return heldOn; }
    String getTopic() { return topic; }
    String getKind() { return kind; }
    String getOrganizer() { return organizer; }
    int getAudienceOnsite() { return audienceOnsite; }
    int getAudienceOnline() { return audienceOnline; }
}
