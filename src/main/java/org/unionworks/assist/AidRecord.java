package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One act of aid (帮扶) to a filed household, or to a person in temporary relief. */
@Entity
@Table(name = "aid_record")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class AidRecord extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private Long fileId;
    private Long reliefId;
    private String kind;
    private LocalDate aidOn;
    private BigDecimal amount;
    private String fundSource;
    private String handledBy;
    private String note;
    private String beneficiary;

    protected AidRecord() {
    }

    AidRecord(long unionId, Long fileId, Long reliefId, String kind, LocalDate aidOn, BigDecimal amount, String fundSource,
              String handledBy, String note) {
        this.unionId = unionId;
        this.fileId = fileId;
        this.reliefId = reliefId;
        this.kind = kind;
        this.aidOn = aidOn;
        this.amount = amount;
        this.fundSource = fundSource;
        this.handledBy = handledBy;
        this.note = note;
    }

    AidRecord withBeneficiary(String beneficiary) {
        this.beneficiary = beneficiary;
        return this;
    }

    /** 更正: the facts of the act as they really were (the file and the union stay). */
    void correct(String kind, LocalDate aidOn, BigDecimal amount, String fundSource, String handledBy, String note,
                 String beneficiary) {
        this.kind = kind;
        this.aidOn = aidOn;
        this.amount = amount;
        this.fundSource = fundSource;
        this.handledBy = handledBy;
        this.note = note;
        this.beneficiary = beneficiary;
    }

    Long getId() { return id; }
    Long getReliefId() { return reliefId; }
    String getBeneficiary() { return beneficiary; }
    long getUnionId() { return unionId; }
    Long getFileId() { return fileId; }
    String getKind() { return kind; }
    LocalDate getAidOn() { return aidOn; }
    BigDecimal getAmount() { return amount; }
    String getFundSource() { return fundSource; }
    String getHandledBy() { return handledBy; }
    String getNote() { return note; }
}
