package org.unionworks.honor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 荣誉津贴标准: the monthly allowance for one honor level from a date on; a new standard is a new rule, never an edit. */
@Entity
@Table(name = "allowance_rule")
class AllowanceRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String level;
    private BigDecimal monthlyAmount;
    private LocalDate effectiveFrom;
    private OffsetDateTime createdAt;

    protected AllowanceRule() {
    }

    AllowanceRule(String level, BigDecimal monthlyAmount, LocalDate effectiveFrom) {
        this.level = level;
        this.monthlyAmount = monthlyAmount;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    String getLevel() { return level; }
    BigDecimal getMonthlyAmount() { return monthlyAmount; }
    LocalDate getEffectiveFrom() { return effectiveFrom; }
}
