package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.figures.Figures;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.OrgDirectory;

/**
 * What the records give for a return: its FIGURE cells computed by the catalogue for the union's subtree over the
 * statistical year (stocks on its last day), its SUM cells added up from the approved returns one level down.
 */
@Component
class ReturnPrefill {

    private final Figures figures;
    private final OrgDirectory orgs;

    ReturnPrefill(Figures figures, OrgDirectory orgs) {
        this.figures = figures;
        this.orgs = orgs;
    }

    /**
     * The form's figures for every grassroots union of the subtree at once: each computed once for the subtree, split per
     * union and added up to each grassroots union ({@link Figures#perUnit}); a figure that cannot be split is absent.
     */
    Map<String, Map<Long, Number>> split(AnnualForm form, long under, ReportingPeriods.Period year) {
        return figures.perUnit(under, year.to(), year.from(), year.to(), form.figureCells().stream().map(AnnualForm.Cell::figureKey).toList(),
                orgs.grassrootsOf(under));
    }

    /** Whether every FIGURE cell of the form is in the split. */
    static boolean whole(AnnualForm form, Map<String, Map<Long, Number>> split) {
        return form.figureCells().stream().allMatch(c -> split.containsKey(c.figureKey()));
    }

    /** Cell code → value of the form's FIGURE cells for one union, read from a {@link #split} that is {@link #whole}. */
    static Map<String, BigDecimal> figures(AnnualForm form, Map<String, Map<Long, Number>> split, long unionId) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        form.figureCells().forEach(c -> values.put(c.code(), decimal(split.get(c.figureKey()).get(unionId))));
        return values;
    }

    /** Cell code → value of the form's FIGURE cells for the union and year. */
    Map<String, BigDecimal> figures(AnnualForm form, long unionId, ReportingPeriods.Period year) {
        List<AnnualForm.Cell> cells = form.figureCells();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (cells.isEmpty()) {
            return values;
        }
        Map<String, Number> byKey = new LinkedHashMap<>();
        figures.compute(unionId, year.to(), year.from(), year.to(), cells.stream().map(AnnualForm.Cell::figureKey).toList())
                .forEach(v -> byKey.put(v.key(), v.value()));
        cells.forEach(c -> values.put(c.code(), decimal(byKey.get(c.figureKey()))));
        return values;
    }

    /** The records behind the form's FIGURE cells that list them: cell code → record id → what it added. */
    Map<String, Map<Long, Number>> rows(AnnualForm form, long unionId, ReportingPeriods.Period year) {
        Map<String, Map<Long, Number>> rows = new LinkedHashMap<>();
        for (AnnualForm.Cell c : form.figureCells()) {
            var listed = figures.rows(c.figureKey(), unionId, year.to(), year.from(), year.to());
            if (listed != null) {
                rows.put(c.code(), listed.contributions());
            }
        }
        return rows;
    }

    /** The form's SUM cells from the sums of the returns below by cell code (0 for a cell none of them has). */
    static Map<String, BigDecimal> sums(AnnualForm form, Map<String, BigDecimal> below) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (AnnualForm.Cell c : form.cells()) {
            if (c.source() == AnnualForm.Source.SUM) {
                values.put(c.code(), below.getOrDefault(c.code(), BigDecimal.ZERO));
            }
        }
        return values;
    }

    /** The outcome of every check of the form on these values. */
    static List<Checked> check(AnnualForm form, Map<String, BigDecimal> values) {
        List<Checked> checked = new ArrayList<>();
        form.checks().forEach(c -> checked.add(new Checked(c, c.rule().evaluate(values))));
        return checked;
    }

    record Checked(AnnualForm.FormCheck check, CheckRule.Outcome outcome) {
    }

    /** The checks of the form that fail on these values, with both sides. */
    static List<ReturnValues.Failure> failures(AnnualForm form, Map<String, BigDecimal> values) {
        return check(form, values).stream().filter(c -> !c.outcome().holds())
                .map(c -> new ReturnValues.Failure(c.check().code(), c.check().blocking(), c.outcome().leftValue(), c.outcome().rightValue()))
                .toList();
    }

    static int blocking(List<ReturnValues.Failure> failures) {
        return (int) failures.stream().filter(ReturnValues.Failure::blocking).count();
    }

    static BigDecimal decimal(Number n) {
        return n == null ? BigDecimal.ZERO : n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
