package org.unionworks.org;

import java.math.BigDecimal;

import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportRow;

/**
 * A question a census asks beyond its fixed questionnaire, e.g. a cell of the year's statistics form that the records
 * cannot give. Every answer is a number: a count, 1/0 for yes/no, an amount in 万元.
 */
public record CensusQuestion(String code, String label, String unit, Kind kind, String definition) {

    public enum Kind { NUMBER, YES_NO, AMOUNT }

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal MAX_TEN_THOUSANDS = BigDecimal.valueOf(1_000_000_000);

    /** How a spreadsheet heads the question's column, e.g. {@code J104 其中：女职工（人）}. */
    public String header() {
        return code + " " + label + "（" + unit + "）";
    }

    /** The question's column in an import template: its {@link #header}, with what to write. */
    public Column column() {
        return switch (kind) {
            case YES_NO -> Column.optional(code, header(), "是").note("是/否");
            case AMOUNT -> Column.optional(code, header(), "12000").note("元，或写明万元（如 1.2万）");
            case NUMBER -> Column.optional(code, header(), "3").note(definition);
        };
    }

    /** The answer a row of an import gives (null when blank), the row's error saying what is wrong with it. */
    public BigDecimal read(ImportRow row) {
        return switch (kind) {
            case YES_NO -> {
                Boolean yes = row.yesNo(code);
                yield yes == null ? null : yes ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            case AMOUNT -> {
                BigDecimal yuan = row.amount(code, BigDecimal.ZERO, new BigDecimal("9999999999999"));
                yield yuan == null ? null : yuan.movePointLeft(4);
            }
            case NUMBER -> {
                Integer n = row.integer(code, 0, MAX_COUNT.intValue());
                yield n == null ? null : BigDecimal.valueOf(n);
            }
        };
    }

    /** Why a value cannot answer this question, in Chinese, or null (a blank answer is no problem here). */
    public String problem(BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            return label + "不能为负数";
        }
        return switch (kind) {
            case YES_NO -> v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0 ? null : label + "应填1（是）或0（否）";
            case NUMBER -> v.stripTrailingZeros().scale() > 0 ? label + "应为整数"
                    : v.compareTo(MAX_COUNT) > 0 ? label + "数值过大" : null;
            case AMOUNT -> v.stripTrailingZeros().scale() <= 4 && v.compareTo(MAX_TEN_THOUSANDS) < 0 ? null
                    : label + "最多保留4位小数（万元）";
        };
    }
}
