package org.unionworks.platform.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as old records give it: exact, known only to the month or the year (kept as its first day),
 * or not known and counted on a date the cadre states (「日期不详，按2015-01-01计」). Figures count such
 * a record on {@link #date()} and say how many they counted so.
 */
public record ApproximateDate(LocalDate date, Precision precision) {

    public enum Precision {
        /** The day is known. */
        DAY,
        /** Only the year and month are known: counted from the month's first day. */
        MONTH,
        /** Only the year is known: counted from 1 January. */
        YEAR,
        /** Not known: counted from a date the cadre stated (or the day the record was entered). */
        ASSUMED;

        public String label() {
            return switch (this) {
                case DAY -> "精确到日";
                case MONTH -> "仅知年月";
                case YEAR -> "仅知年份";
                case ASSUMED -> "日期不详（按约定日期计）";
            };
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})月?");
    private static final Pattern UNKNOWN = Pattern.compile("(?:日期)?不详[，,、\\s]*(?:按(.+?)计)?");

    public ApproximateDate {
        if (precision == null) {
            precision = Precision.DAY;
        }
    }

    public static ApproximateDate exact(LocalDate date) {
        return new ApproximateDate(date, Precision.DAY);
    }

    /** Not known at all: counted from {@code entered}, the day it is typed in. */
    public static ApproximateDate unknownSince(LocalDate entered) {
        return new ApproximateDate(entered, Precision.ASSUMED);
    }

    public boolean exact() {
        return precision == Precision.DAY;
    }

    /**
     * Reads a cell or field that is not a plain date: 「2015」「2015年」「2015-06」「2015年6月」, 「不详」 (date
     * null) or 「日期不详，按2015-01-01计」 (the stated date, which may itself be a year or month). Null when
     * the text is none of these; {@code exactDate} reads full dates (the caller's own formats).
     */
    public static ApproximateDate parse(String text, java.util.function.Function<String, LocalDate> exactDate) {
        String v = text.strip();
        Matcher unknown = UNKNOWN.matcher(v);
        if (unknown.matches()) {
            if (unknown.group(1) == null) {
                return new ApproximateDate(null, Precision.ASSUMED);
            }
            ApproximateDate stated = parse(unknown.group(1).strip(), exactDate);
            return stated == null || stated.date() == null ? null : new ApproximateDate(stated.date(), Precision.ASSUMED);
        }
        Matcher year = YEAR.matcher(v);
        if (year.matches()) {
            return new ApproximateDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), Precision.YEAR);
        }
        Matcher month = MONTH.matcher(v);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m < 1 || m > 12 ? null
                    : new ApproximateDate(YearMonth.of(Integer.parseInt(month.group(1)), m).atDay(1), Precision.MONTH);
        }
        LocalDate exact = exactDate.apply(v);
        return exact == null ? null : exact(exact);
    }
}
