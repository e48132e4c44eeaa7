package org.unionworks.honor;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * 推荐: one candidate put forward by a union in a campaign. It moves through the stages by
 * {@link #approve}, goes back to the nominating union by {@link #returnFor} (which corrects it and
 * {@link #resubmit}s) or stops by {@link #reject}. Each method answers the step to record.
 */
@Entity
@Table(name = "nomination")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Nomination extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long campaignId;
    private long unionId;
    private long titleId;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String employerName;
    private String post;
    private String achievements;
    @Enumerated(EnumType.STRING)
    private NominationStage stage = NominationStage.DISTRICT_REVIEW;
    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.ACTIVE;
    private LocalDate noticeFrom;
    private LocalDate noticeTo;
    private Long honoreeId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_file", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "file_id")
    private Set<String> fileIds = new HashSet<>();

    protected Nomination() {
    }

    Nomination(long campaignId, long unionId, long titleId, String name, String idNumber, String employerName, String post,
               String achievements, Set<String> fileIds) {
        this.campaignId = campaignId;
        this.unionId = unionId;
        this.titleId = titleId;
        this.name = name;
        this.idNumber = idNumber;
        this.employerName = employerName;
        this.post = post;
        this.achievements = achievements;
        this.fileIds.addAll(fileIds);
    }

    NominationStep submitted(String by) {
        return new NominationStep(id, NominationStage.DISTRICT_REVIEW, NominationStep.Action.SUBMIT, "基层推荐", by);
    }

    /**
     * Passes the current stage. 市总评审 opens the 公示 window (its dates required); 公示 is passed only
     * after the window has ended with every objection answered.
     */
    NominationStep approve(String note, LocalDate noticeFrom, LocalDate noticeTo, LocalDate today, long openObjections, String by) {
        requireActive();
        NominationStage passed = stage;
        if (stage == NominationStage.CITY_REVIEW) {
            if (noticeFrom == null || noticeTo == null || noticeTo.isBefore(noticeFrom)) {
                throw new InvalidInputException("noticeTo", "请填写公示起止日期");
            }
            this.noticeFrom = noticeFrom;
            this.noticeTo = noticeTo;
        }
        if (stage == NominationStage.NOTICE) {
            if (!this.noticeTo.isBefore(today)) {
                throw new ConflictException("公示期至" + this.noticeTo + "结束，期满后才能审定");
            }
            if (openObjections > 0) {
                throw new ConflictException("公示期间有" + openObjections + "条异议尚未处理，处理后才能审定");
            }
        }
        stage = stage.next();
        return new NominationStep(id, passed, NominationStep.Action.APPROVE, note == null ? passed.label() + "通过" : note, by);
    }

    /** 退回: back to the nominating union for correction. */
    NominationStep returnFor(String comment, String by) {
        requireActive();
        status = NominationStatus.RETURNED;
        return new NominationStep(id, stage, NominationStep.Action.RETURN, comment, by);
    }

    /** 不予推荐: the nomination stops here and frees its quota place. */
    NominationStep reject(String reason, String by) {
        requireActive();
        status = NominationStatus.REJECTED;
        return new NominationStep(id, stage, NominationStep.Action.REJECT, reason, by);
    }

    /** 修改重报: a returned nomination, corrected, starts again at 区县审核. */
    NominationStep resubmit(String achievements, String by) {
        if (status != NominationStatus.RETURNED) {
            throw new ConflictException("只有被退回的推荐可以修改后重新提交");
        }
        this.achievements = achievements;
        this.status = NominationStatus.ACTIVE;
        this.stage = NominationStage.DISTRICT_REVIEW;
        return new NominationStep(id, stage, NominationStep.Action.SUBMIT, "修改后重新提交", by);
    }

    boolean inNoticeOn(LocalDate day) {
        return stage == NominationStage.NOTICE && status == NominationStatus.ACTIVE
                && !noticeFrom.isAfter(day) && !noticeTo.isBefore(day);
    }

    /** After 上报: the honoree whose register now holds the honor. */
    void registeredAs(long honoreeId) {
        this.honoreeId = honoreeId;
    }

    boolean counts() {
        return status != NominationStatus.REJECTED;
    }

    private void requireActive() {
        if (status != NominationStatus.ACTIVE || stage == NominationStage.REPORTED) {
            throw new ConflictException("该推荐已退回、不予推荐或已上报");
        }
    }

    Long getId() { return id; }
    long getCampaignId() { return campaignId; }
    long getUnionId() { return unionId; }
    long getTitleId() { return titleId; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getEmployerName() { return employerName; }
    String getPost() { return post; }
    String getAchievements() { return achievements; }
    NominationStage getStage() { return stage; }
    NominationStatus getStatus() { return status; }
    LocalDate getNoticeFrom() { return noticeFrom; }
    LocalDate getNoticeTo() { return noticeTo; }
    Set<String> getFileIds() { return Set.copyOf(fileIds); }
}
