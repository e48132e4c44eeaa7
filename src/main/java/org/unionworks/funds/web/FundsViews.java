package org.unionworks.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the funds pages show. Amounts in 元, exact. */
public final class FundsViews {

    private FundsViews() {
    }

    /** A remittance or a correction ({@code correctionOf} set; amounts are then the change). {@code month} as 2026-10. */
    public record RemittanceView(long id, Long employerId, String creditCode, String payerName, Long unionId, String unionName,
                                 String month, int entryNo, BigDecimal payroll, BigDecimal due, BigDecimal paid, String payerType,
                                 String channel, LocalDate paidOn, Long correctionOf, String note, boolean locked, Long version) {
    }

    /** An employer owing funds over a period: due, paid and what is owed, and the months concerned. */
    public record ArrearsRow(long employerId, String employerName, String creditCode, Long unionId, String unionName,
                             BigDecimal due, BigDecimal paid, BigDecimal owed, int months) {
    }

    /** A covered employer with no remittance in the year. */
    public record SilentEmployer(long employerId, String employerName, String creditCode, Long unionId, String unionName,
                                 int employees) {
    }

    /**
     * An employer that paid 筹备金 in the year: a candidate for founding a union ({@code candidate}: not covered by one),
     * and whether the employer register says it should have one (应建会).
     */
    public record PreparatoryPayer(Long employerId, String employerName, String creditCode, BigDecimal paid, int months,
                                   boolean covered, boolean shouldHaveUnion, boolean candidate) {
    }

    /** What the levels receive of what was collected in a period, by payer type and in all (each level's share to the fen). */
    public record Split(LocalDate from, LocalDate to, BigDecimal collected, List<SplitLevel> levels, List<SplitPart> parts) {
    }

    public record SplitLevel(String level, String label, BigDecimal amount) {
    }

    /** The part of the collection under one dated share: payer type, from when, what it covered and the levels' amounts. */
    public record SplitPart(String payerType, LocalDate shareFrom, BigDecimal collected, List<SplitLevel> levels) {
    }

    public record ShareView(long id, String payerType, LocalDate effectiveFrom, BigDecimal grassroots, BigDecimal district,
                            BigDecimal city, BigDecimal province, BigDecimal national, String note) {
    }

    public record ReturnRuleView(long id, LocalDate effectiveFrom, int maxEmployees, BigDecimal returnPercent, boolean requirePaidUp,
                                 String note) {
    }

    public record ClosedMonthView(String month, OffsetDateTime closedAt, String closedBy) {
    }

    /** A small enterprise the rule of the year makes eligible for a return, with what it would get and whether it got it. */
    public record EligibleReturn(long employerId, String employerName, String creditCode, long unionId, String unionName,
                                 int employees, BigDecimal paid, BigDecimal owed, BigDecimal amount, boolean returned) {
    }

    public record FundReturnView(long id, long employerId, String employerName, long unionId, String unionName, int year,
                                 int entryNo, BigDecimal paidInYear, BigDecimal amount, LocalDate returnedOn, String approvalNo,
                                 Long correctionOf, String note, boolean locked) {
    }

    public record AllocationView(long id, long unionId, String unionName, Long toUnionId, String toUnionName, String purpose,
                                 String programmeKind, String project, BigDecimal amount, LocalDate allocatedOn, String approvalNo,
                                 String approvedBy, Long correctionOf, String note, boolean locked, Long version) {
    }

    /**
     * A purpose (and programme) of the period: allocated here, and spent as the programme modules report it (null where no
     * module reports spending for it), in 元.
     */
    public record PurposeSpending(String purpose, String programmeKind, String label, BigDecimal allocated, BigDecimal spent) {
    }

    public record AuditView(long id, long unionId, String unionName, long auditorUnionId, String auditorUnionName, int year,
                            String kind, String project, String scope, LocalDate coversFrom, LocalDate coversTo, String auditors,
                            String plannedMonth, LocalDate startedOn, LocalDate finishedOn, String status, String reportFile,
                            String reportFileName, String conclusion, int findings, int rectified, Long version) {
    }

    public record FindingView(long id, long auditId, String category, String description, BigDecimal amount, long rectificationId,
                              String rectificationStatus, LocalDate deadline, LocalDate doneOn, LocalDate foundOn) {
    }
}
