package org.unionworks.craft.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the craft endpoints answer. */
public final class CraftViews {

    private CraftViews() {
    }

    /** A contest with the counts its list shows: items, units, participants (人次), finalists and winners. */
    public record Contest(long id, long unionId, String unionName, String name, String kind, String level, String industry,
                          LocalDate startsOn, LocalDate endsOn, String status, LocalDate noticeFrom, LocalDate noticeTo,
                          LocalDate publishedOn, long items, long units, long participants, long finalists, long winners,
                          long openObjections, Long version) {
    }

    public record Item(long id, String name, String occupation, String grade, long entrants, Long version) {
    }

    /** A participating unit: {@code reported} is the number it reported (null: its listed entrants count). */
    public record Unit(long id, String name, Long employerId, Long unionId, Integer reported, long listed, Long version) {
    }

    /** An entrant and, for a finalist, the result; the ID number masked. */
    public record Entrant(long id, long itemId, String itemName, Long unitId, String unitName, String name, String idNumber,
                          String sex, String employerName, String post, String stage, BigDecimal score, Integer ranking,
                          String prizeTier, String title, String gradeUpgrade, Long honorAwardId, Long nominationId, Long version) {
    }

    public record Objection(long id, String content, OffsetDateTime raisedAt, String resolution, String resolvedBy, boolean open) {
    }

    /** The public 公示 of a contest's results: the finalists with a prize or title, no personal data. */
    public record PublicResults(long contestId, String name, String organizer, LocalDate noticeFrom, LocalDate noticeTo,
                                List<PublicWinner> winners) {
    }

    public record PublicWinner(String item, String name, String employerName, Integer ranking, String prizeTier, String title) {
    }

    public record ObjectionReceived(String message) {
    }

    /** An innovation studio, named at a level in a year, with its latest review and achievement totals. */
    public record Studio(long id, long unionId, String unionName, String name, String level, int namedYear, String leaderName,
                         Long honoreeId, String hostName, Long employerId, String fields, int memberCount, String members,
                         LocalDate revokedOn, String lastReview, Integer lastReviewYear, long achievements, BigDecimal benefit,
                         Long version) {
    }

    public record Achievement(long id, String kind, String title, LocalDate achievedOn, BigDecimal benefit, String note, Long version) {
    }

    public record YearlyReview(long id, int year, String result, LocalDate reviewedOn, String note) {
    }

    /** A 五小 or 合理化建议 result. */
    public record Innovation(long id, long unionId, String unionName, String title, String category, String authors,
                             String employerName, Long employerId, LocalDate achievedOn, BigDecimal benefit, String evaluation,
                             String certificateNo, Long studioId, String studioName, Long contestId, String contestName, Long version) {
    }

    /** An employer's internal title or skill-grade evaluation in a year. */
    public record Evaluation(long id, long unionId, String unionName, long employerId, String employerName, boolean association, int year,
                             String kind, Integer evaluated, boolean demonstration, Long version) {
    }
}
