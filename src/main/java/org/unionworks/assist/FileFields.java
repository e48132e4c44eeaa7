package org.unionworks.assist;

import java.math.BigDecimal;
import java.util.List;

/** A hardship file as entered: the worker, the household and its income, the causes. */
record FileFields(String workerName, String idNumber, String divisionCode, String category, String mainCause,
                  String secondaryCauses, String identity, boolean modelWorker, String housing, String bankAccount,
                  Integer householdSize, BigDecimal monthlyIncome, int monthsBelowStandard, String justification,
                  List<Household> household) {

    /**
     * Household size and income are known. A file back-filled from a ledger that gives only name, ID and
     * amount has them unknown (null), never 0; a new file must state them.
     */
    boolean householdKnown() {
        return householdSize != null && monthlyIncome != null;
    }

    /** Household income per head per month, to the cent; null when not known. */
    BigDecimal incomePerHead() {
        return householdKnown() ? perHead(monthlyIncome, householdSize) : null;
    }

    static BigDecimal perHead(BigDecimal income, Integer size) {
        return income == null || size == null ? null
                : income.divide(BigDecimal.valueOf(Math.max(1, size)), 2, java.math.RoundingMode.HALF_UP);
    }
}
