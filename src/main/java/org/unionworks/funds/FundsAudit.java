package org.unionworks.funds;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A funds audit (经费审查) of a union or of a project, by the 经审会 of the union that planned it: in the year's plan, under
 * way, then reported with its conclusion and report file. Its findings each open a rectification item.
 */
@Entity
@Table(name = "funds_audit")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class FundsAudit extends Versioned {

    enum Kind {
        UNION("工会经费收支"), PROJECT("专项资金（项目）");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Status {
        PLANNED("计划"), UNDERWAY("实施中"), REPORTED("已出具报告");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private long auditorUnionId;
    private int auditYear;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String project;
    private String auditScope;
    private LocalDate coversFrom;
    private LocalDate coversTo;
    private String auditors;
    private LocalDate plannedMonth;
    private LocalDate startedOn;
    private LocalDate finishedOn;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PLANNED;
    private String reportFile;
    private String conclusion;

    protected FundsAudit() {
    }

    FundsAudit(long unionId, long auditorUnionId) {
        this.unionId = unionId;
        this.auditorUnionId = auditorUnionId;
    }

    void plan(int year, Kind kind, String project, String scope, LocalDate coversFrom, LocalDate coversTo, String auditors,
              LocalDate plannedMonth) {
        this.auditYear = year;
        this.kind = kind;
        this.project = project;
        this.auditScope = scope;
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.auditors = auditors;
        this.plannedMonth = plannedMonth;
    }

    void start(LocalDate on) {
        startedOn = on;
        status = Status.UNDERWAY;
    }

    void report(LocalDate on, String conclusion, String reportFile) {
        finishedOn = on;
        this.conclusion = conclusion;
        this.reportFile = reportFile;
        status = Status.REPORTED;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getAuditorUnionId() { return auditorUnionId; }
    int getAuditYear() { return auditYear; }
    Kind getKind() { return kind; }
    String getProject() { return project; }
    String getAuditScope() { return auditScope; }
    LocalDate getCoversFrom() { return coversFrom; }
    LocalDate getCoversTo() { return coversTo; }
    String getAuditors() { return auditors; }
    LocalDate getPlannedMonth() { return plannedMonth; }
    LocalDate getStartedOn() { return startedOn; }
    LocalDate getFinishedOn() { return finishedOn; }
    Status getStatus() { return status; }
    String getReportFile() { return reportFile; }
    String getConclusion() { return conclusion; }
}
