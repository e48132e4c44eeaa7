package org.unionworks.assist;

import java.math.BigDecimal;

import org.unionworks.platform.audit.Masked;

import jakarta.persistence.Embeddable;

/** One member of the worker's household. */
@Embeddable
public class Household {

    private String name;
    private String relation;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String health;
    private String employment;
    private BigDecimal monthlyIncome = BigDecimal.ZERO;

    protected Household() {
    }

    Household(String name, String relation, String idNumber, String health, String employment, BigDecimal monthlyIncome) {
        this.name = name;
        this.relation = relation;
        this.idNumber = idNumber;
        this.health = health;
        this.employment = employment;
        this.monthlyIncome = monthlyIncome == null ? BigDecimal.ZERO : monthlyIncome;
    }

    String getName() { return name; }
    String getRelation() { return relation; }
    String getIdNumber() { return idNumber; }
    String getHealth() { return health; }
    String getEmployment() { return employment; }
    BigDecimal getMonthlyIncome() { return monthlyIncome; }
}
