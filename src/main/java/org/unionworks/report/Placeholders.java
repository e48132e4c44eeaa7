package org.unionworks.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;

/**
 * What a template may name between {{ and }}: a figure by its Chinese name or its key, or one of
 * the report's parameters (工会名称, 统计日, 期间开始, 期间结束, 年度).
 */
final class Placeholders {

    static final Set<String> PARAMETERS = Set.of("工会名称", "统计日", "期间开始", "期间结束", "年度", "数据说明");

    private Placeholders() {
    }

    /** The values to put in, by every name a placeholder may use. */
    static Map<String, String> values(Iterable<Figures.Value> figures, String unionName, LocalDate on, LocalDate from,
                                      LocalDate to) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("工会名称", unionName);
        values.put("统计日", chineseDate(on));
        values.put("期间开始", chineseDate(from));
        values.put("期间结束", chineseDate(to));
        values.put("年度", String.valueOf(to.getYear()));
        List<String> caveats = new ArrayList<>();
        for (Figures.Value f : figures) {
            String text = format(f.value(), f.unit());
            values.put(f.name(), text);
            values.put(f.key(), text);
            if (f.caveat() != null) {
                caveats.add(f.name() + "：" + f.caveat());
            }
        }
        // what the figures counted on rough or unknown values; "—" leaves out the clause that says it
        values.put("数据说明", caveats.isEmpty() ? "—" : String.join("；", caveats) + "。");
        return values;
    }

    /**
     * A figure's value as the report writes it: amounts (万元, 元) always with two decimals (1047.00 beside 1062.68, never 1047,
     * which reads as rounded), other decimals without trailing zeros (收缴率100%).
     */
    static String format(Number value, String unit) {
        if (value == null) {
            return "—";
        }
        if (Indicator.isMoney(unit)) {
            return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
