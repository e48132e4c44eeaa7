package org.unionworks.assist;

import java.math.BigDecimal;
import java.util.List;

/** A hardship file as entered: the worker, the household and its income, the causes. */
record FileFields(String workerName, String idNumber, String divisionCode, String category, String mainCause,
                  String secondaryCauses, String identity, boolean modelWorker, String housing, String bankAccount,
                  int householdSize, BigDecimal monthlyIncome, int monthsBelowStandard, String justification,
                  List<Household> household) {

    /** Household income per head per month, to the cent. */
    BigDecimal incomePerHead() {
        return monthlyIncome.divide(BigDecimal.valueOf(Math.max(1, householdSize)), 2, java.math.RoundingMode.HALF_UP);
    }
}
