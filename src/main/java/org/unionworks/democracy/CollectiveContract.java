package org.unionworks.democracy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 集体合同: negotiated by a union (a grassroots union, or a district, town or industry federation for a regional or an
 * industry contract) from the 要约 on, signed for a term with the workers it covers and its key terms, reviewed and
 * filed (审查备案) with the labour authority, in force from its start to its end unless terminated.
 */
@Entity
@Table(name = "collective_contract")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class CollectiveContract extends Versioned {

    enum Coverage { SINGLE, REGIONAL, INDUSTRY }

    enum Party { UNION, EMPLOYER }

    enum Status { NEGOTIATING, SIGNED, FILED, TERMINATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** The union's district, kept by the platform's {@code SubtreeDistricts} when unions move or close (never updated here). */
    @Column(updatable = false)
    private Long districtId;
    private String kind;
    @Enumerated(EnumType.STRING)
    private Coverage coverage;
    private String title;
    private LocalDate offerOn;
    @Enumerated(EnumType.STRING)
    private Party offerParty;
    private int rounds;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate signedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer workersCovered;
    private BigDecimal wageRise;
    private String keyTerms;
    private LocalDate filedOn;
    private String filingNo;
    private String filingAuthority;
    private LocalDate terminatedOn;
    private Long renewsId;

    protected CollectiveContract() {
    }

    CollectiveContract(long unionId, Long districtId, Long renewsId) {
        this.unionId = unionId;
        this.districtId = districtId;
        this.renewsId = renewsId;
        this.status = Status.NEGOTIATING;
    }

    record Negotiation(String kind, Coverage coverage, String title, LocalDate offerOn, Party offerParty, int rounds) {
    }

    record Signing(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, int workersCovered, BigDecimal wageRise, String keyTerms) {
    }

    /** The negotiation as recorded: editable until the contract is filed. */
    void negotiate(Negotiation n) {
        requireNotFiled();
        if (signedOn != null && n.offerOn().isAfter(signedOn)) {
            throw new InvalidInputException("offerOn", "要约日期不能晚于签订日期");
        }
        this.kind = n.kind();
        this.coverage = n.coverage();
        this.title = n.title();
        this.offerOn = n.offerOn();
        this.offerParty = n.offerParty();
        this.rounds = n.rounds();
    }

    /** 签订 (or its correction before filing). */
    void sign(Signing s) {
        requireNotFiled();
        if (s.signedOn().isBefore(offerOn)) {
            throw new InvalidInputException("signedOn", "签订日期不能早于要约日期（" + offerOn + "）");
        }
        if (s.startsOn().isBefore(offerOn)) {
            throw new InvalidInputException("startsOn", "生效日期不能早于要约日期");
        }
        if (!s.endsOn().isAfter(s.startsOn())) {
            throw new InvalidInputException("endsOn", "终止日期应晚于生效日期");
        }
        this.signedOn = s.signedOn();
        this.startsOn = s.startsOn();
        this.endsOn = s.endsOn();
        this.workersCovered = s.workersCovered();
        this.wageRise = s.wageRise();
        this.keyTerms = s.keyTerms();
        this.status = Status.SIGNED;
    }

    /** 审查备案 with the labour authority. */
    void file(LocalDate on, String number, String authority) {
        if (status != Status.SIGNED) {
            throw new ConflictException(status == Status.NEGOTIATING ? "集体合同签订后才能备案" : "该集体合同已备案或已终止");
        }
        if (on.isBefore(signedOn)) {
            throw new InvalidInputException("filedOn", "备案日期不能早于签订日期（" + signedOn + "）");
        }
        this.filedOn = on;
        this.filingNo = number;
        this.filingAuthority = authority;
        this.status = Status.FILED;
    }

    /** 终止 before the end of the term (the employer closed, a new contract replaced it). */
    void terminate(LocalDate on) {
        if (status != Status.SIGNED && status != Status.FILED) {
            throw new ConflictException("只有已签订的集体合同才能终止");
        }
        if (on.isBefore(startsOn)) {
            throw new InvalidInputException("on", "终止日期不能早于生效日期");
        }
        this.terminatedOn = on;
        this.status = Status.TERMINATED;
    }

    private void requireNotFiled() {
        if (status == Status.FILED || status == Status.TERMINATED) {
            throw new ConflictException("已备案或已终止的集体合同不能修改");
        }
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }

    Long getDistrictId() { return districtId; }
    String getKind() { return kind; }
    Coverage getCoverage() { return coverage; }
    String getTitle() { return title; }
    LocalDate getOfferOn() { return offerOn; }
    Party getOfferParty() { return offerParty; }
    int getRounds() { return rounds; }
    Status getStatus() { return status; }
    LocalDate getSignedOn() { return signedOn; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    Integer getWorkersCovered() { return workersCovered; }
    BigDecimal getWageRise() { return wageRise; }
    String getKeyTerms() { return keyTerms; }
    LocalDate getFiledOn() { return filedOn; }
    String getFilingNo() { return filingNo; }
    String getFilingAuthority() { return filingAuthority; }
    LocalDate getTerminatedOn() { return terminatedOn; }
    Long getRenewsId() { return renewsId; }
}
