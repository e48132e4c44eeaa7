package org.unionworks.democracy;

import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting of a 会员代表大会: representatives expected and present, and its decisions. */
@Entity
@Table(name = "members_congress_meeting")
class MembersCongressMeeting extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long congressId;
    private LocalDate heldOn;
    private String title;
    private int expected;
    private int present;
    private String decisions;

    protected MembersCongressMeeting() {
    }

    MembersCongressMeeting(long congressId, LocalDate heldOn, String title, int expected, int present, String decisions) {
        this.congressId = congressId;
        this.heldOn = heldOn;
        this.title = title;
        this.expected = expected;
        this.present = present;
        this.decisions = decisions;
    }

    Long getId() { return id; }
    long getCongressId() { return congressId; }
    LocalDate getHeldOn() { return heldOn; }
    String getTitle() { return title; }
    int getExpected() { return expected; }
    int getPresent() { return present; }
    String getDecisions() { return decisions; }
}
