package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.figures.Figures;
import org.unionworks.figures.ReportingPeriods;

/**
 * What the records give for a return: its FIGURE cells computed by the catalogue for the union's subtree over the
 * statistical year (stocks on its last day), its SUM cells added up from the approved returns one level down.
 */
@Component
class ReturnPrefill {

    private final Figures figures;

    ReturnPrefill(Figures figures) {
        this.figures = figures;
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

    private static BigDecimal decimal(Number n) {
        return n == null ? BigDecimal.ZERO : n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
