package org.unionworks.figures;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unionworks.platform.error.InvalidInputException;

/**
 * The two years a federation reports on: the calendar year of the work report (工作总结) and the
 * statistical year of the annual statistics (统计年报), which ends on a configured day
 * ({@code unionworks.report.statistical-year-end}, 09-30 by default: 1 October to 30 September).
 */
@Component
public class ReportingPeriods {

    public enum Kind { CALENDAR, STATISTICAL }

    /** A reporting year: its kind and number, its first and last day, and how a page or export names it. */
    public record Period(Kind kind, int year, LocalDate from, LocalDate to, String label) {
    }

    private final MonthDay statisticalYearEnd;

    public ReportingPeriods(@Value("${unionworks.report.statistical-year-end:09-30}") String statisticalYearEnd) {
        try {
            this.statisticalYearEnd = MonthDay.parse("--" + statisticalYearEnd.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("unionworks.report.statistical-year-end 应为月-日，如 09-30：" + statisticalYearEnd, e);
        }
    }

    /** The year of this kind and number; without a number, the current calendar year or the last completed statistical year. */
    public Period of(Kind kind, Integer year) {
        LocalDate today = LocalDate.now();
        if (kind == Kind.CALENDAR) {
            int y = year == null ? today.getYear() : checked(year);
            return new Period(kind, y, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), y + "年度（" + y + "年1月1日至" + y + "年12月31日）");
        }
        int y = year == null ? lastCompletedStatisticalYear(today) : checked(year);
        LocalDate to = statisticalYearEnd.atYear(y);
        LocalDate from = to.minusYears(1).plusDays(1);
        return new Period(kind, y, from, to, y + "统计年度（" + chinese(from) + "至" + chinese(to) + "）");
    }

    /** The last day of the last statistical year that has ended by today. */
    public LocalDate lastStatisticalYearEnd() {
        return statisticalYearEnd.atYear(lastCompletedStatisticalYear(LocalDate.now()));
    }

    private int lastCompletedStatisticalYear(LocalDate today) {
        return today.isAfter(statisticalYearEnd.atYear(today.getYear())) ? today.getYear() : today.getYear() - 1;
    }

    private static int checked(int year) {
        if (year < 1950 || year > 2100) {
            throw new InvalidInputException("year", "年度应在1950到2100之间");
        }
        return year;
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
