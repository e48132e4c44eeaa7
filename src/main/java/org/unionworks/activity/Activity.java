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

/** A study session, training or contest with its participants and materials. */
@Entity
@Table(name = "activity")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Activity extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String kind;
    private LocalDate heldOn;
    private String topic;
    private String organizer;
    /** Null when not known (an old list that does not say), never 0 for that. */
    private Integer participants;
    private String participantList;
    private String materialFileId;

    protected Activity() {
    }

    Activity(long unionId) {
        this.unionId = unionId;
    }

    void describe(String kind, LocalDate heldOn, String topic, String organizer, Integer participants, String participantList,
                  String materialFileId) {
        this.kind = kind;
        this.heldOn = heldOn;
        this.topic = topic;
        this.organizer = organizer;
        this.participants = participants;
        this.participantList = participantList;
        this.materialFileId = materialFileId;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getKind() { return kind; }
    LocalDate getHeldOn() { return heldOn; }
    String getTopic() { return topic; }
    String getOrganizer() { return organizer; }
    Integer getParticipants() { return participants; }
    String getParticipantList() { return participantList; }
    String getMaterialFileId() { return materialFileId; }
}
