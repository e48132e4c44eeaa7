package org.unionworks.craft;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 五小 result (小发明、小创造、小革新、小设计、小建议) or 合理化建议, with its benefit and the studio or contest behind it. */
@Entity
@Table(name = "small_innovation")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class SmallInnovation extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String title;
    private String category;
    private String authors;
    private String employerName;
    private Long employerId;
    private LocalDate achievedOn;
    private BigDecimal benefit;
    private String evaluation;
    private String certificateNo;
    private Long studioId;
    private Long contestId;

    protected SmallInnovation() {
    }

    SmallInnovation(long unionId) {
        this.unionId = unionId;
    }

    void describe(Facts f) {
        this.title = f.title();
        this.category = f.category();
        this.authors = f.authors();
        this.employerName = f.employerName();
        this.employerId = f.employerId();
        this.achievedOn = f.achievedOn();
        this.benefit = f.benefit();
        this.evaluation = f.evaluation();
        this.certificateNo = f.certificateNo();
        this.studioId = f.studioId();
        this.contestId = f.contestId();
    }

    record Facts(long unionId, String title, String category, String authors, String employerName, Long employerId, LocalDate achievedOn,
                 BigDecimal benefit, String evaluation, String certificateNo, Long studioId, Long contestId) {
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getTitle() { return title; }
    String getCategory() { return category; }
    String getAuthors() { return authors; }
    String getEmployerName() { return employerName; }
    Long getEmployerId() { return employerId; }
    LocalDate getAchievedOn() { return achievedOn; }
    BigDecimal getBenefit() { return benefit; }
    String getEvaluation() { return evaluation; }
    String getCertificateNo() { return certificateNo; }
    Long getStudioId() { return studioId; }
    Long getContestId() { return contestId; }
}
