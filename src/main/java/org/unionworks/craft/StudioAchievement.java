package org.unionworks.craft;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 成果 of a studio: a patent, a 五小 result, a rationalization proposal, a method or an award, with its benefit in yuan. */
@Entity
@Table(name = "studio_achievement")
class StudioAchievement extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long studioId;
    private String kind;
    private String title;
    private LocalDate achievedOn;
    private BigDecimal benefit;
    private String note;

    protected StudioAchievement() {
    }

    StudioAchievement(long studioId) {
        this.studioId = studioId;
    }

    void describe(String kind, String title, LocalDate achievedOn, BigDecimal benefit, String note) {
        this.kind = kind;
        this.title = title;
        this.achievedOn = achievedOn;
        this.benefit = benefit;
        this.note = note;
    }

    Long getId() { return id; }
    long getStudioId() { return studioId; }
    String getKind() { return kind; }
    String getTitle() { return title; }
    LocalDate getAchievedOn() { return achievedOn; }
    BigDecimal getBenefit() { return benefit; }
    String getNote() { return note; }
}
