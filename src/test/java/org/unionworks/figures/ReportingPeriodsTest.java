package org.unionworks.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.error.InvalidInputException;

/** The calendar and the statistical year, the latter ending on whichever day a federation configures. */
class ReportingPeriodsTest {

    @Test
    void theStatisticalYearRunsFromOctoberToSeptemberByDefault() {
        var p = new ReportingPeriods("09-30").of(ReportingPeriods.Kind.STATISTICAL, 2026);
        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(p.label()).isEqualTo("2026统计年度（2025年10月1日至2026年9月30日）");
    }

    @Test
    void anotherEndDayMovesTheWholeYear() {
        var p = new ReportingPeriods("06-30").of(ReportingPeriods.Kind.STATISTICAL, 2026);
        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        var leap = new ReportingPeriods("02-28").of(ReportingPeriods.Kind.STATISTICAL, 2024);
        assertThat(leap.from()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void theCalendarYearIsTheWorkReportsAndAYearOutOfRangeIsRefused() {
        var p = new ReportingPeriods("09-30").of(ReportingPeriods.Kind.CALENDAR, 2025);
        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.label()).isEqualTo("2025年度（2025年1月1日至2025年12月31日）");
        assertThatThrownBy(() -> new ReportingPeriods("09-30").of(ReportingPeriods.Kind.CALENDAR, 3000))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReportingPeriods("9月30日")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAYearTheLastCompletedStatisticalYear() {
        var periods = new ReportingPeriods("09-30");
        var p = periods.of(ReportingPeriods.Kind.STATISTICAL, null);
        assertThat(p.to()).isEqualTo(periods.lastStatisticalYearEnd()).isBeforeOrEqualTo(LocalDate.now());
        assertThat(p.to()).isAfter(LocalDate.now().minusYears(1));
    }
}
