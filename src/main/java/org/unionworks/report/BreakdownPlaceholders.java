package org.unionworks.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unionworks.figures.Dimension;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;

/**
 * Placeholders that name one part of a figure, as reports write them: {@code {{帮扶资金[金秋助学]}}},
 * {@code {{获得荣誉数[县五一劳动奖章]}}}, {@code {{assist.aidAmount[EDUCATION]}}}: the figure by its name
 * or key, the part by the label or code of a value of one of its dimensions (for a dimension without
 * a fixed list, such as honor titles, any name, 0 where nothing has it).
 */
final class BreakdownPlaceholders {

    private static final Pattern PART = Pattern.compile("(.+)\\[(.+)]");

    /** A part of a figure: the figure, the dimension and the value's code. */
    record Part(Indicator figure, Dimension dimension, String code) {
    }

    private final Figures figures;

    BreakdownPlaceholders(Figures figures) {
        this.figures = figures;
    }

    /** The part a placeholder names, if it names one this catalogue has. */
    Optional<Part> resolve(String placeholder) {
        Matcher m = PART.matcher(placeholder);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String part = m.group(2).strip();
        return figures.catalogue().stream().filter(i -> i.name().equals(name) || i.key().equals(name)).findFirst()
                .flatMap(i -> partOf(i, part));
    }

    private Optional<Part> partOf(Indicator figure, String part) {
        for (Dimension d : figure.dimensions()) {
            for (var value : figures.labels(d).entrySet()) {
                if (value.getKey().equals(part) || value.getValue().equals(part)) {
                    return Optional.of(new Part(figure, d, value.getKey()));
                }
            }
        }
        return figure.dimensions().stream().filter(d -> figures.labels(d).isEmpty()).findFirst()
                .map(d -> new Part(figure, d, part));
    }

    /** Every part placeholder with a fixed list of values, by the figures' Chinese names (可用的占位符). */
    List<String> listed() {
        List<String> names = new ArrayList<>();
        for (Indicator i : figures.catalogue()) {
            for (Dimension d : i.dimensions()) {
                figures.labels(d).values().forEach(label -> names.add(i.name() + "[" + label + "]"));
            }
        }
        return names;
    }

    /** The values of the part placeholders among {@code used}, one breakdown query per dimension. */
    Map<String, String> values(Iterable<String> used, long unionId, LocalDate on, LocalDate from, LocalDate to) {
        Map<String, Part> parts = new LinkedHashMap<>();
        used.forEach(p -> resolve(p).ifPresent(part -> parts.put(p, part)));
        Map<String, List<String>> keysByDimension = new HashMap<>();
        parts.values().forEach(p -> keysByDimension.computeIfAbsent(p.dimension().key(), k -> new ArrayList<>()).add(p.figure().key()));
        Map<String, Number> computed = new HashMap<>();
        keysByDimension.forEach((dimension, keys) -> {
            for (Figures.Value v : figures.compute(unionId, on, from, to, keys, dimension)) {
                v.parts().forEach(part -> computed.put(v.key() + "|" + dimension + "|" + part.code(), part.value()));
            }
        });
        Map<String, String> values = new HashMap<>();
        parts.forEach((placeholder, p) -> values.put(placeholder, Placeholders.format(
                computed.getOrDefault(p.figure().key() + "|" + p.dimension().key() + "|" + p.code(), 0), p.figure().unit())));
        return values;
    }
}
