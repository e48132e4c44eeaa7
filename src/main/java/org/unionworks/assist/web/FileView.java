package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A hardship file as shown: ID numbers masked, the bank account never shown in full. */
public record FileView(long id, long unionId, String unionName, String workerName, String idNumber, String divisionCode,
                       String category, String mainCause, String secondaryCauses, String identity, boolean modelWorker,
                       String housing, String bankAccount, Integer householdSize, BigDecimal monthlyIncome,
                       BigDecimal incomePerHead, int monthsBelowStandard, BigDecimal livingStandard, boolean meetsStandard,
                       String justification, String status, LocalDate submittedOn, LocalDate filedOn, String decidedBy,
                       String decisionNote, LocalDate nextReviewDue, String exitReason, LocalDate exitOn, String exitNote,
                       BigDecimal aidTotal, List<Member> household, boolean backfilled, long version) {

    public record Member(String name, String relation, String idNumber, String health, String employment,
                         BigDecimal monthlyIncome) {
    }
}
