package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 临时救助 for someone without a file; it can later become a file. */
@Entity
@Table(name = "temp_relief")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class TempRelief extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String reason;
    private LocalDate reliefOn;
    private BigDecimal amount;
    private String fundSource;
    private Long convertedFileId;

    protected TempRelief() {
    }

    TempRelief(long unionId, String name, String idNumber, String reason, LocalDate reliefOn, BigDecimal amount,
               String fundSource) {
        this.unionId = unionId;
        this.name = name;
        this.idNumber = idNumber;
        this.reason = reason;
        this.reliefOn = reliefOn;
        this.amount = amount;
        this.fundSource = fundSource;
    }

    void convertedTo(long fileId) {
        this.convertedFileId = fileId;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getReason() { return reason; }
    LocalDate getReliefOn() { return reliefOn; }
    BigDecimal getAmount() { return amount; }
    String getFundSource() { return fundSource; }
    Long getConvertedFileId() { return convertedFileId; }
}
