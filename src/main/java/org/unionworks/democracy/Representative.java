package org.unionworks.democracy;

import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A representative (会员代表) on a 会员代表大会's roster from the day elected until the seat ends. */
@Entity
@Table(name = "congress_representative")
class Representative extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long congressId;
    private long memberId;
    private String name;
    private String sex;
    private boolean frontline;
    private LocalDate electedOn;
    private LocalDate endedOn;

    protected Representative() {
    }

    Representative(long congressId, long memberId, String name, String sex, boolean frontline, LocalDate electedOn) {
        this.congressId = congressId;
        this.memberId = memberId;
        this.name = name;
        this.sex = sex;
        this.frontline = frontline;
        this.electedOn = electedOn;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    boolean servesOn(LocalDate day) {
        return !electedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    Long getId() { return id; }
    long getCongressId() { return congressId; }
    long getMemberId() { return memberId; }
    String getName() { return name; }
    String getSex() { return sex; }
    boolean isFrontline() { return frontline; }
    LocalDate getElectedOn() { return electedOn; }
    LocalDate getEndedOn() { return endedOn; }
}
