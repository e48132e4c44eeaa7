package org.unionworks.craft;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 劳动和技能竞赛: organized by a union, run for a period, its results publicized (公示) and then published (公布). */
@Entity
@Table(name = "contest")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Contest extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private String kind;
    private String level;
    private String industry;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private ContestStatus status = ContestStatus.OPEN;
    private LocalDate noticeFrom;
    private LocalDate noticeTo;
    private LocalDate publishedOn;

    protected Contest() {
    }

    Contest(long unionId) {
        this.unionId = unionId;
    }

    void describe(String name, String kind, String level, String industry, LocalDate startsOn, LocalDate endsOn) {
        requireOpen();
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.industry = industry;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** 结果公示: results are shown publicly from {@code from} to {@code to}; objections may be raised. */
    void startNotice(LocalDate from, LocalDate to, long finalists) {
        requireOpen();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("noticeTo", "请填写公示起止日期（结束不早于开始）");
        }
        if (finalists == 0) {
            throw new ConflictException("尚未登记决赛选手和成绩，不能公示");
        }
        this.status = ContestStatus.NOTICE;
        this.noticeFrom = from;
        this.noticeTo = to;
    }

    /** 撤回公示: back to 进行中 to correct results (e.g. after an objection). */
    void withdrawNotice() {
        if (status != ContestStatus.NOTICE) {
            throw new ConflictException("只有公示中的竞赛可以撤回公示");
        }
        this.status = ContestStatus.OPEN;
        this.noticeFrom = null;
        this.noticeTo = null;
    }

    /** 结果公布: after the notice period, with every objection answered. */
    void publish(LocalDate today, long openObjections) {
        if (status != ContestStatus.NOTICE) {
            throw new ConflictException("竞赛结果须先公示，期满后才能公布");
        }
        if (!noticeTo.isBefore(today)) {
            throw new ConflictException("公示期至" + noticeTo + "结束，期满后才能公布");
        }
        if (openObjections > 0) {
            throw new ConflictException("还有" + openObjections + "条异议未处理");
        }
        this.status = ContestStatus.PUBLISHED;
        this.publishedOn = today;
    }

    void requireOpen() {
        if (status != ContestStatus.OPEN) {
            throw new ConflictException(status == ContestStatus.NOTICE ? "竞赛结果公示中，请先撤回公示再修改" : "竞赛结果已公布，不能再修改");
        }
    }

    boolean inNoticeOn(LocalDate day) {
        return status == ContestStatus.NOTICE && !noticeFrom.isAfter(day) && !noticeTo.isBefore(day);
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    String getKind() { return kind; }
    String getLevel() { return level; }
    String getIndustry() { return industry; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    ContestStatus getStatus() { return status; }
    LocalDate getNoticeFrom() { return noticeFrom; }
    LocalDate getNoticeTo() { return noticeTo; }
    LocalDate getPublishedOn() { return publishedOn; }
}
