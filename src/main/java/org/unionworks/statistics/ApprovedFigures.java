package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.figures.FrozenFigures;
import org.unionworks.figures.ReportingPeriods;

/**
 * The figures an approved return froze, for the dashboard and the work report of exactly its statistical year: a
 * grassroots form's computed cells by their figure, a federation form's sums by the figure of the same cell of the
 * year's grassroots form.
 */
@Component
class ApprovedFigures implements FrozenFigures {

    private final AnnualReturnRepository returns;
    private final AnnualForms forms;
    private final ReturnValues values;
    private final ReportingPeriods periods;

    ApprovedFigures(AnnualReturnRepository returns, AnnualForms forms, ReturnValues values, ReportingPeriods periods) {
        this.returns = returns;
        this.forms = forms;
        this.values = values;
        this.periods = periods;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Number> frozen(long unionId, LocalDate on, LocalDate from, LocalDate to) {
        ReportingPeriods.Period year = periods.of(ReportingPeriods.Kind.STATISTICAL, to.getYear());
        if (!year.from().equals(from) || !year.to().equals(to) || !on.equals(to)) {
            return Map.of();
        }
        AnnualReturn r = returns.findByUnionIdAndStatYear(unionId, year.year()).filter(x -> x.getStatus() == AnnualReturn.Status.APPROVED)
                .orElse(null);
        if (r == null) {
            return Map.of();
        }
        Map<String, BigDecimal> frozen = values.of(r.getId());
        Map<String, Number> byFigure = new HashMap<>();
        forms.figureKeys(forms.get(r.getFormId()), r.getStatYear()).forEach((code, key) -> {
            BigDecimal v = frozen.get(code);
            if (v != null) {
                byFigure.put(key, v.stripTrailingZeros().scale() <= 0 ? (Number) v.longValue() : v.stripTrailingZeros());
            }
        });
        return byFigure;
    }
}
