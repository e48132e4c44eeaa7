package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 普惠服务项目: run by a union for a period, of a kind (送温暖, 夏送清凉 …), paid from a fund source. A programme with an
 * application flow (金秋助学) takes applications, reviews them, shows the approved ones in a 公示 and pays after it.
 */
@Entity
@Table(name = "service_programme")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Programme extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String kind;
    private String name;
    private int programmeYear;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String fundSource;
    private BigDecimal budget;
    private boolean applicationFlow;
    private LocalDate noticeFrom;
    private LocalDate noticeTo;
    private String note;

    protected Programme() {
    }

    Programme(long unionId) {
        this.unionId = unionId;
    }

    record Plan(String kind, String name, LocalDate startsOn, LocalDate endsOn, String fundSource, BigDecimal budget,
                boolean applicationFlow, String note) {
    }

    void plan(Plan p) {
        if (p.endsOn().isBefore(p.startsOn())) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        if (noticeFrom != null && p.applicationFlow() != applicationFlow) {
            throw new ConflictException("已发布公示的项目不能改变申请流程");
        }
        this.kind = p.kind();
        this.name = p.name();
        this.programmeYear = p.startsOn().getYear();
        this.startsOn = p.startsOn();
        this.endsOn = p.endsOn();
        this.fundSource = p.fundSource();
        this.budget = p.budget();
        this.applicationFlow = p.applicationFlow();
        this.note = p.note();
    }

    /** 公示 of the approved applicants; payment waits until it has ended. */
    void announce(LocalDate from, LocalDate to) {
        if (!applicationFlow) {
            throw new ConflictException("只有需申请审核的项目（如金秋助学）才有公示");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("noticeTo", "公示结束日期不能早于开始日期");
        }
        this.noticeFrom = from;
        this.noticeTo = to;
    }

    /** Whether a beneficiary approved in the application flow may be paid on {@code day}. */
    void requirePayable(LocalDate day) {
        if (applicationFlow && (noticeTo == null || !noticeTo.isBefore(day))) {
            throw new ConflictException(noticeTo == null ? "请先对审核通过的名单进行公示，公示期满后发放"
                    : "公示期至" + noticeTo + "，期满后才能发放");
        }
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getKind() { return kind; }
    String getName() { return name; }
    int getProgrammeYear() { return programmeYear; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    String getFundSource() { return fundSource; }
    BigDecimal getBudget() { return budget; }
    boolean isApplicationFlow() { return applicationFlow; }
    LocalDate getNoticeFrom() { return noticeFrom; }
    LocalDate getNoticeTo() { return noticeTo; }
    String getNote() { return note; }
}
