package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The filing standard (建档标准), configurable: household income per head below the local
 * minimum living standard for at least {@code months} months; or up to {@code multiplier} times
 * it when the main cause is illness, disability or an accident. A file that does not meet it may
 * still be submitted with a justification, and is flagged.
 */
@Component
class FilingStandard {

    static final Set<String> HEAVY_CAUSES = Set.of("ILLNESS", "DISABILITY", "ACCIDENT");

    private final LivingStandardRepository standards;
    private final int months;
    private final BigDecimal multiplier;
    private final int reviewMonths;

    FilingStandard(LivingStandardRepository standards,
                   @Value("${unionworks.assist.months-below-standard:6}") int months,
                   @Value("${unionworks.assist.illness-multiplier:1.5}") BigDecimal multiplier,
                   @Value("${unionworks.assist.review-months:12}") int reviewMonths) {
        this.standards = standards;
        this.months = months;
        this.multiplier = multiplier;
        this.reviewMonths = reviewMonths;
    }

    int reviewMonths() {
        return reviewMonths;
    }

    /** The 低保标准 in force for the division on the date: the county's, else its prefecture's, else its province's. */
    Optional<BigDecimal> livingStandard(String divisionCode, LocalDate on) {
        for (String code : List.of(divisionCode, divisionCode.substring(0, 4) + "00", divisionCode.substring(0, 2) + "0000")) {
            var found = standards.findFirstByDivisionCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(code, on);
            if (found.isPresent()) {
                return found.map(LivingStandard::getMonthlyAmount);
            }
        }
        return Optional.empty();
    }

    /** Null when the file meets the standard; otherwise why not, in Chinese. */
    String shortfall(FileFields f, BigDecimal standard) {
        BigDecimal perHead = f.incomePerHead();
        if (HEAVY_CAUSES.contains(f.mainCause()) && perHead.compareTo(standard.multiply(multiplier)) <= 0) {
            return null;
        }
        if (perHead.compareTo(standard) < 0) {
            return f.monthsBelowStandard() >= months ? null
                    : "人均月收入低于低保标准的时间不足" + months + "个月（填报" + f.monthsBelowStandard() + "个月）";
        }
        return "人均月收入" + perHead + "元，高于建档标准（低保标准" + standard + "元"
                + (HEAVY_CAUSES.contains(f.mainCause()) ? "的" + multiplier + "倍）" : "；因病、残、意外致困的可放宽到" + multiplier + "倍）");
    }
}
