package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which small and micro enterprises get their union funds back, from a day on: at most {@code maxEmployees} employees and
 * a union of their own (a 筹备金 payer has none), with {@code requirePaidUp} nothing owed in the year; the share returned.
 */
@Entity
@Table(name = "funds_return_rule")
class ReturnRule extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate effectiveFrom;
    private int maxEmployees;
    private BigDecimal returnPercent;
    private boolean requirePaidUp;
    private String note;

    protected ReturnRule() {
    }

    ReturnRule(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    void describe(int maxEmployees, BigDecimal returnPercent, boolean requirePaidUp, String note) {
        this.maxEmployees = maxEmployees;
        this.returnPercent = returnPercent;
        this.requirePaidUp = requirePaidUp;
        this.note = note;
    }

    /** What is returned of {@code paid}, to the fen, half up. */
    BigDecimal returnOf(BigDecimal paid) {
        return paid.multiply(returnPercent).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    Long getId() { return id; }
    LocalDate getEffectiveFrom() { return effectiveFrom; }
    int getMaxEmployees() { return maxEmployees; }
    BigDecimal getReturnPercent() { return returnPercent; }
    boolean isRequirePaidUp() { return requirePaidUp; }
    String getNote() { return note; }
}
