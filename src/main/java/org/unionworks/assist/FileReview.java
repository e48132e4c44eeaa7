package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 动态管理: one review of a file, read only through the file (which is scoped). */
@Entity
@Immutable
@Table(name = "file_review")
class FileReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fileId;
    private long unionId;
    private LocalDate reviewedOn;
    private BigDecimal monthlyIncome;
    private String situation;
    private String reviewedBy;
    private OffsetDateTime createdAt;

    protected FileReview() {
    }

    FileReview(long fileId, long unionId, LocalDate reviewedOn, BigDecimal monthlyIncome, String situation, String by) {
        this.fileId = fileId;
        this.unionId = unionId;
        this.reviewedOn = reviewedOn;
        this.monthlyIncome = monthlyIncome;
        this.situation = situation;
        this.reviewedBy = by;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    LocalDate getReviewedOn() { return reviewedOn; }
    BigDecimal getMonthlyIncome() { return monthlyIncome; }
    String getSituation() { return situation; }
    String getReviewedBy() { return reviewedBy; }
}
