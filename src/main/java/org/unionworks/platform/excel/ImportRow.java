package org.unionworks.platform.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.validation.ApproximateDate;
import org.unionworks.platform.validation.Texts;

/** One data row of an import, with typed getters that report problems in Chinese instead of throwing. */
public final class ImportRow {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final int number;
    private final Map<String, String> values;
    private final Map<String, Column> columns;
    private final Dictionaries dictionaries;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Object> shared;

    ImportRow(int number, Map<String, String> values, Map<String, Column> columns, Dictionaries dictionaries,
              Map<String, Object> shared) {
        this.number = number;
        this.shared = shared;
        this.values = values;
        this.columns = columns;
        this.dictionaries = dictionaries;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return number;
    }

    /**
     * State shared by the rows of one import run, e.g. the names of unions created by earlier rows
     * that later rows may name as their upper union.
     */
    public Map<String, Object> shared() {
        return shared;
    }

    public void error(String message) {
        errors.add(message);
    }

    List<String> errors() {
        return errors;
    }

    /** Whether a problem has been reported for the row (e.g. to skip a check whose message would only repeat it). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    Map<String, String> values() {
        return values;
    }

    /** The normalized text of a cell, or null when blank; a blank required cell is reported. */
    public String text(String key) {
        String v = Texts.blankToNull(Texts.withoutInvisible(values.get(key)));
        Column c = columns.get(key);
        if (v == null && c != null && c.required()) {
            error(c.header() + "不能为空");
        }
        return v;
    }

    /** Text no longer than {@code max} characters. */
    public String text(String key, int max) {
        String v = text(key);
        if (v != null && v.length() > max) {
            error(header(key) + "不能超过" + max + "个字符");
            return null;
        }
        return v;
    }

    /** The dictionary code for a cell that holds a label (or the code itself). */
    public String dict(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        String type = columns.get(key).dictType();
        var code = dictionaries.codeOfLabel(type, v);
        if (code.isPresent()) {
            return code.get();
        }
        if (dictionaries.contains(type, v)) {
            return v;
        }
        List<String> closest = dictionaries.closest(type, v, 3);
        error(header(key) + "“" + v + "”不是可选的值" + (closest.isEmpty() ? "" : "，最接近的是：" + String.join("、", closest)));
        return null;
    }

    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

    /** A date that has happened (a meeting held, a case accepted): null, with the row's error, when it is after today. */
    public LocalDate pastDate(String key) {
        LocalDate d = date(key);
        if (d != null && d.isAfter(LocalDate.now())) {
            error(header(key) + "不能晚于今天");
            return null;
        }
        return d;
    }

    public LocalDate date(String key) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        LocalDate date = parseDate(v);
        if (date == null) {
            error(header(key) + "“" + v + "”不是有效日期，请用 yyyy-MM-dd 格式");
        } else if (date.getYear() < 1900 || date.getYear() > 2100) {
            error(header(key) + "“" + v + "”超出合理范围（1900—2100年）");
            return null;
        }
        return date;
    }

    /**
     * A date that old records may know only roughly: a full date, 「2015」「2015年6月」, 「不详」 or
     * 「日期不详，按2015-01-01计」 (see {@link ApproximateDate}); null when blank.
     */
    public ApproximateDate approximateDate(String key) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        ApproximateDate d = ApproximateDate.parse(v, ImportRow::parseDate);
        if (d == null) {
            error(header(key) + "“" + v + "”不是有效日期：填 yyyy-MM-dd；只知年份或年月的填 2015 或 2015-06；"
                    + "不知道的填“日期不详”，或“日期不详，按2015-01-01计”");
            return null;
        }
        if (d.date() != null && (d.date().getYear() < 1900 || d.date().isAfter(LocalDate.now()))) {
            error(header(key) + "“" + v + "”应在1900年至今天之间");
            return null;
        }
        return d;
    }

    private static LocalDate parseDate(String v) {
        if (EXCEL_SERIAL.matcher(v).matches()) {
            return EXCEL_EPOCH.plusDays(new BigDecimal(v).longValue());
        }
        String datePart = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v.split(" ", 2)[0];
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(datePart, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    /** A 是/否 cell (also 有/无, Y/N); null when blank. */
    public Boolean yesNo(String key) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        return switch (v.toUpperCase(java.util.Locale.ROOT)) {
            case "是", "有", "Y", "YES", "TRUE" -> Boolean.TRUE;
            case "否", "无", "N", "NO", "FALSE" -> Boolean.FALSE;
            default -> {
                error(header(key) + "只能填“是”或“否”");
                yield null;
            }
        };
    }

    /**
     * The union a row names by its number (工会编号), when the signed-in user may register records for it
     * (in their subtree, not closed); null, with the row's error saying why, otherwise. The one place every
     * import reads a union.
     */
    /**
     * The union a row names: its 编号, or its full name, short name or unified social credit code,
     * within the acting user's subtree and still active; null, with the row's error, otherwise.
     */
    public Long union(String key, org.unionworks.platform.access.Scopes scopes) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        var resolved = scopes.resolve(v, header(key));
        if (resolved.problem() != null) {
            error(resolved.problem());
        }
        return resolved.id();
    }

    public Integer integer(String key, int min, int max) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        try {
            int n = new BigDecimal(v).intValueExact();
            if (n < min || n > max) {
                error(header(key) + "应在" + min + "到" + max + "之间");
                return null;
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            error(header(key) + "“" + v + "”不是整数");
            return null;
        }
    }

    private static final Pattern MONEY = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /**
     * An amount of money in yuan, as cadres type it: {@code 1,234.50}, {@code ¥1234.5}, {@code 1234元}, or in
     * 万元 when the cell says so ({@code 22.2万}, {@code 22.2万元} is 222,000 元 exactly); at most two decimals of
     * a yuan, within [min, max]; null when blank. The one money parser of every import.
     */
    public BigDecimal amount(String key, BigDecimal min, BigDecimal max) {
        String v = Texts.normalize(text(key));
        if (v == null) {
            return null;
        }
        String digits = v.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "").strip();
        boolean tenThousands = digits.endsWith("万");
        boolean unitWritten = tenThousands || v.contains("元");
        if (tenThousands) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        if (!MONEY.matcher(digits).matches()) {
            error(header(key) + "“" + v + "”不是金额（如 1234.50 或 22.2万）");
            return null;
        }
        BigDecimal amount = tenThousands ? new BigDecimal(digits).movePointRight(4) : new BigDecimal(digits);
        if (amount.stripTrailingZeros().scale() > 2) {
            error(header(key) + "“" + v + "”最多保留两位小数（元、角、分）");
            return null;
        }
        if (amount.compareTo(min) < 0 || amount.compareTo(max) > 0) {
            error(header(key) + "应在" + min.toPlainString() + "到" + max.toPlainString() + "元之间");
            return null;
        }
        Column.Plausible range = columns.get(key) == null ? null : columns.get(key).plausible();
        if (!unitWritten && range != null && amount.signum() != 0 && (amount.compareTo(range.low()) < 0 || amount.compareTo(range.high()) > 0)) {
            error(header(key) + "“" + v + "”不在常见范围（" + range.low().toPlainString() + "—" + range.high().toPlainString()
                    + "元）内：本栏单位是元，如指万元请写“" + v + "万”；确是" + v + "元的请写“" + v + "元”");
            return null;
        }
        return amount;
    }

    private String header(String key) {
        Column c = columns.get(key);
        return c == null ? key : c.header();
    }
}
