package org.unionworks.craft;

import java.math.BigDecimal;

import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 参赛选手 of one item: how far they came and, for a finalist, the result — score, rank, prize, the title
 * conferred (技术能手 …) and the skill grade reached. Read through its contest.
 */
@Entity
@Table(name = "contest_entrant")
class ContestEntrant extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contestId;
    private long itemId;
    private Long unitId;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String sex;
    private String employerName;
    private String post;
    @Enumerated(EnumType.STRING)
    private ContestStage stage;
    private BigDecimal score;
    private Integer ranking;
    private String prizeTier;
    private String title;
    private String gradeUpgrade;
    private Long honorAwardId;
    private Long nominationId;

    protected ContestEntrant() {
    }

    ContestEntrant(long contestId) {
        this.contestId = contestId;
    }

    void describe(Entry e) {
        if (e.stage() != ContestStage.FINAL && (e.prizeTier() != null || e.title() != null || e.ranking() != null)) {
            throw new InvalidInputException("stage", "只有进入决赛的选手才有名次、获奖等次和称号");
        }
        if (e.title() != null && e.idNumber() == null) {
            throw new InvalidInputException("idNumber", "授予称号的选手须填写身份证号（称号将记入劳模库）");
        }
        this.itemId = e.itemId();
        this.unitId = e.unitId();
        this.name = e.name();
        this.idNumber = e.idNumber();
        this.sex = e.sex();
        this.employerName = e.employerName();
        this.post = e.post();
        this.stage = e.stage();
        this.score = e.score();
        this.ranking = e.ranking();
        this.prizeTier = e.prizeTier();
        this.title = e.title();
        this.gradeUpgrade = e.gradeUpgrade();
    }

    void conferred(long awardId) {
        this.honorAwardId = awardId;
    }

    /** 推荐参评: put forward in a selection campaign; once only. */
    void nominated(long nominationId) {
        if (this.nominationId != null) {
            throw new org.unionworks.platform.error.ConflictException("该选手已推荐参评");
        }
        this.nominationId = nominationId;
    }

    /** One entrant as entered or imported, already checked against the dictionaries. */
    record Entry(long itemId, Long unitId, String name, String idNumber, String sex, String employerName, String post,
                 ContestStage stage, BigDecimal score, Integer ranking, String prizeTier, String title, String gradeUpgrade) {
    }

    Long getId() { return id; }
    long getContestId() { return contestId; }
    long getItemId() { return itemId; }
    Long getUnitId() { return unitId; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getSex() { return sex; }
    String getEmployerName() { return employerName; }
    String getPost() { return post; }
    ContestStage getStage() { return stage; }
    BigDecimal getScore() { return score; }
    Integer getRanking() { return ranking; }
    String getPrizeTier() { return prizeTier; }
    String getTitle() { return title; }
    String getGradeUpgrade() { return gradeUpgrade; }
    Long getHonorAwardId() { return honorAwardId; }
    Long getNominationId() { return nominationId; }
}
