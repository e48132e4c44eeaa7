package org.unionworks.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's guard (#26): ratios measured in one run — an import's rows/s over its slower floor, a figure's p95 over
 * the median time of a bare {@code count(*)} of the rows it reads — held against floors set from runs on a 2-core machine, with
 * room for that machine's noise. Absolute times are never held: a slower machine slows both sides of each ratio.
 */
final class Guard {

    /** Imports: at least this share of the slower floor. */
    static final Map<String, Double> IMPORT_FLOORS = new LinkedHashMap<>();
    /** Figures: p95 at most this many times the bare count's median. */
    static final Map<String, Double> FIGURE_CEILINGS = new LinkedHashMap<>();

    // Set at about half of what the runs of the guard at f6e1be5 measured (docs/benchmarks.md): members 0.22-0.30, unions
    // 0.054-0.074, employers 0.075-0.098, remittances 0.12-0.17, coverages 0.024-0.039 (at the fix of its lookups; before
    // it, in about half the runs, 0.005-0.009: the planner scanning the import's own coverages once per employer); the
    // figures' p95 12-20 times the bare count's median once the imports' tables were vacuumed. A change that halves an
    // import's speed or makes a figure two to three times slower fails the build; the machine's noise does not.
    static {
        IMPORT_FLOORS.put("members", 0.15);
        IMPORT_FLOORS.put("unions", 0.03);
        IMPORT_FLOORS.put("employers", 0.04);
        IMPORT_FLOORS.put("coverages", 0.012);
        IMPORT_FLOORS.put("remittances", 0.08);
        FIGURE_CEILINGS.put("dashboard figures, whole city", 45.0);
        FIGURE_CEILINGS.put("dashboard figures, one district", 45.0);
        FIGURE_CEILINGS.put("figures by grassrootsKind, whole city", 40.0);
        FIGURE_CEILINGS.put("figures by industry, one district", 40.0);
        FIGURE_CEILINGS.put("funds figures, whole city", 25.0);
        FIGURE_CEILINGS.put("funds figures, one district", 25.0);
    }

    private final List<String> failures = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    void importRatio(String name, double ratio) {
        double floor = IMPORT_FLOORS.get(name);
        record(ratio >= floor, String.format(Locale.ROOT, "%s import / slower floor %.3f, guard floor %.3f", name, ratio, floor));
    }

    void figureRatio(String name, long p95Micros, long bareMedianMicros) {
        double ratio = p95Micros / (double) Math.max(1, bareMedianMicros);
        double ceiling = FIGURE_CEILINGS.get(name);
        record(ratio <= ceiling, String.format(Locale.ROOT, "%s p95 / bare count(*) median %.1f (%.1f ms / %.1f ms), guard ceiling %.1f",
                name, ratio, p95Micros / 1e3, bareMedianMicros / 1e3, ceiling));
    }

    private void record(boolean held, String line) {
        lines.add((held ? "ok   " : "FAIL ") + line);
        if (!held) {
            failures.add(line);
        }
    }

    List<String> lines() {
        return lines;
    }

    boolean held() {
        return failures.isEmpty() && lines.size() == IMPORT_FLOORS.size() + FIGURE_CEILINGS.size();
    }
}
