package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How what is collected of one payer type is split between the levels, in per cent, from a day on. */
@Entity
@Table(name = "funds_share")
class FundShare extends Versioned {

    /** The levels in the order of {@link #percents()}. */
    static final List<String> LEVELS = List.of("GRASSROOTS", "DISTRICT", "CITY", "PROVINCE", "NATIONAL");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Remittance.PayerType payerType;
    private LocalDate effectiveFrom;
    private BigDecimal grassrootsPercent;
    private BigDecimal districtPercent;
    private BigDecimal cityPercent;
    private BigDecimal provincePercent;
    private BigDecimal nationalPercent;
    private String note;

    protected FundShare() {
    }

    FundShare(Remittance.PayerType payerType, LocalDate effectiveFrom) {
        this.payerType = payerType;
        this.effectiveFrom = effectiveFrom;
    }

    void percents(List<BigDecimal> p, String note) {
        grassrootsPercent = p.get(0);
        districtPercent = p.get(1);
        cityPercent = p.get(2);
        provincePercent = p.get(3);
        nationalPercent = p.get(4);
        this.note = note;
    }

    List<BigDecimal> percents() {
        return List.of(grassrootsPercent, districtPercent, cityPercent, provincePercent, nationalPercent);
    }

    Long getId() { return id; }
    Remittance.PayerType getPayerType() { return payerType; }
    LocalDate getEffectiveFrom() { return effectiveFrom; }
    String getNote() { return note; }
}
