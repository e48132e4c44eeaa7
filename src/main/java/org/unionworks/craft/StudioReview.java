package org.unionworks.craft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 动态管理: a studio's review of a year — 合格, 整改 or 撤销. Written once. */
@Entity
@Table(name = "studio_review")
class StudioReview {

    enum Result { PASS, IMPROVE, REVOKE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long studioId;
    private int reviewYear;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Result result;
    private LocalDate reviewedOn;
    private String note;
    private OffsetDateTime createdAt;

    protected StudioReview() {
    }

    StudioReview(long studioId, int reviewYear, Result result, LocalDate reviewedOn, String note) {
        this.studioId = studioId;
        this.reviewYear = reviewYear;
        this.result = result;
        this.reviewedOn = reviewedOn;
        this.note = note;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    long getStudioId() { return studioId; }
    int getReviewYear() { return reviewYear; }
    Result getResult() { return result; }
    LocalDate getReviewedOn() { return reviewedOn; }
    String getNote() { return note; }
}
