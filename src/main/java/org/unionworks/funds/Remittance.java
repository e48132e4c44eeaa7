package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One employer's union funds for one month as delivered (工会经费 at 2 % of the payroll, or 筹备金 from an employer without a
 * union), or a correction of such an entry booked later (amounts are then the change). An entry whose credit code matched
 * no registered employer is kept, unmatched, under the union that imported it until the employer is registered.
 */
@Entity
@Table(name = "remittance")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Remittance extends Versioned {

    enum PayerType {
        FUNDS("工会经费"), PREPARATORY("筹备金");

        final String label;

        PayerType(String label) {
            this.label = label;
        }

        /** The type a form or a sheet names, by code (FUNDS) or by label (工会经费). */
        static java.util.Optional<PayerType> named(String text) {
            return java.util.Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text) || t.label.equals(text)).findFirst();
        }
    }

    enum Channel {
        TAX("税务代收"), DIRECT("直接缴拨");

        final String label;

        Channel(String label) {
            this.label = label;
        }

        /** The channel a form or a sheet names, by code (TAX) or by label (税务代收). */
        static java.util.Optional<Channel> named(String text) {
            return java.util.Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(text) || c.label.equals(text)).findFirst();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The union's district: changed by {@code RemittanceService.followDistricts} and the platform, never by an update here. */
    @Column(updatable = false)
    private Long districtId;
    private long unionId;
    private Long employerId;
    private String creditCode;
    private String payerName;
    private LocalDate fundsMonth;
    private int entryNo;
    private BigDecimal payroll;
    private BigDecimal due;
    private BigDecimal paid;
    @Enumerated(EnumType.STRING)
    private PayerType payerType;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private LocalDate paidOn;
    private Long correctionOf;
    private String note;

    protected Remittance() {
    }

    Remittance(String creditCode, String payerName, LocalDate fundsMonth, PayerType payerType) {
        this.creditCode = creditCode;
        this.payerName = payerName;
        this.fundsMonth = fundsMonth;
        this.payerType = payerType;
    }

    /** A correction of {@code original}, booked in {@code month} as its {@code entryNo}-th entry. */
    static Remittance correcting(Remittance original, LocalDate month, int entryNo) {
        Remittance r = new Remittance(original.creditCode, original.payerName, month, original.payerType);
        r.correctionOf = original.id;
        r.entryNo = entryNo;
        r.districtId = original.districtId;
        r.unionId = original.unionId;
        r.employerId = original.employerId;
        r.channel = original.channel;
        return r;
    }

    /** The employer the credit code names (null while none is registered), the union it belongs to and its district. */
    void belongTo(Long employerId, long unionId, Long districtId) {
        this.employerId = employerId;
        this.unionId = unionId;
        this.districtId = districtId;
    }

    void amounts(BigDecimal payroll, BigDecimal due, BigDecimal paid, Channel channel, LocalDate paidOn, String note) {
        this.payroll = payroll;
        this.due = due;
        this.paid = paid;
        this.channel = channel;
        this.paidOn = paidOn;
        this.note = note;
    }

    boolean correction() {
        return correctionOf != null;
    }

    Long getId() { return id; }
    Long getDistrictId() { return districtId; }
    long getUnionId() { return unionId; }
    Long getEmployerId() { return employerId; }
    String getCreditCode() { return creditCode; }
    String getPayerName() { return payerName; }
    LocalDate getFundsMonth() { return fundsMonth; }
    int getEntryNo() { return entryNo; }
    BigDecimal getPayroll() { return payroll; }
    BigDecimal getDue() { return due; }
    BigDecimal getPaid() { return paid; }
    PayerType getPayerType() { return payerType; }
    Channel getChannel() { return channel; }
    LocalDate getPaidOn() { return paidOn; }
    Long getCorrectionOf() { return correctionOf; }
    String getNote() { return note; }
}
