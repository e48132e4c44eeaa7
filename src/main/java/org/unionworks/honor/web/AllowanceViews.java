package org.unionworks.honor.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Allowance standards and a month's payment list. */
public final class AllowanceViews {

    private AllowanceViews() {
    }

    public record Rule(String level, BigDecimal monthlyAmount, LocalDate effectiveFrom) {
    }

    public record Payment(long honoreeId, String name, String unionName, String level, BigDecimal amount) {
    }
}
