package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consistency rule of a form over its cells, as the form's data spells it: a sum of cells, a comparison
 * ({@code <=}, {@code >=}, {@code =}), a sum of cells ("J200 = J203 + J204"). An unanswered cell counts as 0.
 */
record CheckRule(List<String> left, String operator, List<String> right) {

    private static final Pattern RULE = Pattern.compile("\\s*([A-Z]\\d{3}(?:\\s*\\+\\s*[A-Z]\\d{3})*)\\s*(<=|>=|=)\\s*([A-Z]\\d{3}(?:\\s*\\+\\s*[A-Z]\\d{3})*)\\s*");

    /** What a rule gives for one return's values: both sides and whether it holds. */
    record Outcome(BigDecimal leftValue, BigDecimal rightValue, boolean holds) {
    }

    static CheckRule parse(String text) {
        Matcher m = RULE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("不能识别的检查规则：" + text);
        }
        return new CheckRule(cells(m.group(1)), m.group(2), cells(m.group(3)));
    }

    private static List<String> cells(String sum) {
        return List.of(sum.replace(" ", "").split("\\+"));
    }

    Outcome evaluate(Map<String, BigDecimal> values) {
        BigDecimal l = sum(left, values);
        BigDecimal r = sum(right, values);
        int c = l.compareTo(r);
        boolean holds = switch (operator) {
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            default -> c == 0;
        };
        return new Outcome(l, r, holds);
    }

    /** Every cell the rule names, left side first. */
    List<String> cellCodes() {
        List<String> all = new ArrayList<>(left);
        all.addAll(right);
        return Collections.unmodifiableList(all);
    }

    private static BigDecimal sum(List<String> cells, Map<String, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (String cell : cells) {
            BigDecimal v = values.get(cell);
            total = v == null ? total : total.add(v);
        }
        return total;
    }

    @Override
    public String toString() {
        return String.join(" + ", left) + " " + operator + " " + String.join(" + ", right);
    }
}
