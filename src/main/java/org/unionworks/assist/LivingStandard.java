package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 低保标准: yuan per person per month in a division from a date (deployment-wide reference data). */
@Entity
@Table(name = "living_standard")
class LivingStandard extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String divisionCode;
    private BigDecimal monthlyAmount;
    private LocalDate effectiveFrom;

    protected LivingStandard() {
    }

    LivingStandard(String divisionCode, BigDecimal monthlyAmount, LocalDate effectiveFrom) {
        this.divisionCode = divisionCode;
        this.monthlyAmount = monthlyAmount;
        this.effectiveFrom = effectiveFrom;
    }

    Long getId() { return id; }
    String getDivisionCode() { return divisionCode; }
    BigDecimal getMonthlyAmount() { return monthlyAmount; }
    LocalDate getEffectiveFrom() { return effectiveFrom; }
}
