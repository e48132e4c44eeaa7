package org.unionworks.assist.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the needy-worker endpoints answer besides the file itself ({@link FileView}). */
public final class AssistViews {

    private AssistViews() {
    }

    /** 复核: a file's periodic review. */
    public record Review(long id, LocalDate reviewedOn, BigDecimal monthlyIncome, String situation, String reviewedBy) {
    }

    /** Aid given to one file. */
    public record FileAid(long id, String kind, LocalDate aidOn, BigDecimal amount, String fundSource, String handledBy, String note,
                          String beneficiary, long version) {
    }


    /** Aid in a period, across files (and temporary relief, which has no file). */
    public record AidRecord(long id, Long fileId, String workerName, String kind, String kindLabel, LocalDate aidOn, BigDecimal amount,
                            String fundSource, String handledBy, String unionName, String note, String beneficiary,
                            boolean temporaryRelief, long version) {
    }

    /** 临时救助 for someone without a file; the ID number masked. */
    public record Relief(long id, long unionId, String unionName, String name, String idNumber, String reason, LocalDate reliefOn,
                         BigDecimal amount, String fundSource, Long convertedFileId) {
    }

    /** 当地城市居民最低生活保障标准, by division, from a date. */
    public record LivingStandard(long id, String divisionCode, String divisionName, BigDecimal monthlyAmount, LocalDate effectiveFrom) {
    }
}
