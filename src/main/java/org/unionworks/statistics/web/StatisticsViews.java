package org.unionworks.statistics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the annual statistics' pages show. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    /** A return as a row of the list: whose, which form and year, where it stands, its checks and sign-off. */
    public record ReturnRow(long id, long unionId, String unionName, String level, String formName, int year, String status,
                            String statusLabel, int blockingFailures, int warnings, OffsetDateTime checkedAt, OffsetDateTime prefilledAt,
                            OffsetDateTime submittedAt, String submittedBy, String signerName, LocalDate signedOn, OffsetDateTime reviewedAt,
                            String reviewedBy, String reviewComment, Long version) {
    }

    /**
     * A cell of the form with its value: FIGURE cells name the figure and the page of the records it is computed from
     * ({@code link}); only QUESTION cells are answered on the form.
     */
    public record CellView(String code, String section, String label, String unit, String source, String answer, String definition,
                           BigDecimal value, String figureKey, String link) {
    }

    /** A check of the form on the return's current values. */
    public record CheckView(String code, String rule, String message, boolean blocking, boolean passed, BigDecimal left,
                            BigDecimal right, List<String> cells) {
    }

    /** A whole return; {@code reviewable}: the caller may approve it or send it back now; {@code reopenable}: may reopen it (撤销审核). */
    public record ReturnForm(ReturnRow header, String basis, LocalDate from, LocalDate to, List<CellView> cells, List<CheckView> checks,
                             boolean reviewable, boolean reopenable) {
    }

    /**
     * Returns of a unit one level down (and of its subtree) by status, and their data quality in per cent (null without
     * returns): completeness (questions answered), validity (blocking checks passed), consistency (warning checks passed).
     */
    public record ProgressPart(long unionId, String unionName, long total, long draft, long submitted, long returned, long approved,
                               BigDecimal completeness, BigDecimal validity, BigDecimal consistency) {
    }

    /** {@code questionnaire}: the census asking the year's questions that reaches the union (null: none yet). */
    public record Progress(int year, LocalDate from, LocalDate to, ProgressPart total, List<ProgressPart> parts, Questionnaire questionnaire) {
    }

    /** The census campaign (摸底排查) asking a year's grassroots questions, opened by {@code organizerId} for its subtree. */
    public record Questionnaire(long censusId, long organizerId, String organizerName) {
    }

    /** A failed check of a return, for the list of what to correct across a subtree. */
    public record FailureRow(long returnId, long unionId, String unionName, String status, String checkCode, String rule, String message,
                             boolean blocking, BigDecimal left, BigDecimal right, List<String> cells, Long rectificationId,
                             String rectificationStatus) {
    }

    public record Generated(int year, int created, int existing) {
    }

    /** A failing check opened as a rectification item of 问题清单. */
    public record Rectified(long returnId, String checkCode, long rectificationId) {
    }

    /**
     * An approved return's frozen values against today's figures for the same union and year, each difference explained
     * by its records ({@code since}: when the values were frozen, at submission; {@code note}: what the comparison cannot
     * say record by record, e.g. for a federation's sums or a merged union).
     */
    public record Differences(ReturnRow header, OffsetDateTime since, String note, List<CellDifference> cells) {
    }

    /** A computed cell whose value or records differ: frozen and today's value, and the records that differ (at most 200). */
    public record CellDifference(String code, String label, String unit, BigDecimal frozen, BigDecimal now, BigDecimal difference,
                                 boolean listed, int added, int removed, int changed, List<RowDifference> rows) {
    }

    /** A record counted then and not now (REMOVED), now and not then (ADDED), or with another contribution (CHANGED). */
    public record RowDifference(String entity, long id, String label, String change, BigDecimal then, BigDecimal now, String explanation,
                                List<String> history) {
    }
}
