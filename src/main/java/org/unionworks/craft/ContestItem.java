package org.unionworks.craft;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 比武项目: one event of a contest, for an occupation at a skill grade. Read through its contest. */
@Entity
@Table(name = "contest_item")
class ContestItem extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contestId;
    private String name;
    private String occupation;
    private String grade;

    protected ContestItem() {
    }

    ContestItem(long contestId) {
        this.contestId = contestId;
    }

    void describe(String name, String occupation, String grade) {
        this.name = name;
        this.occupation = occupation;
        this.grade = grade;
    }

    Long getId() { return id; }
    long getContestId() { return contestId; }
    String getName() { return name; }
    String getOccupation() { return occupation; }
    String getGrade() { return grade; }
}
