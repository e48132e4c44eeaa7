package org.unionworks.honor;

import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One honor received: which title, which year, the certificate; revoked with a date and reason. Read through its honoree. */
@Entity
@Table(name = "honor_award")
class HonorAward extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long honoreeId;
    private long titleId;
    private int awardYear;
    private String awardingBody;
    private String certificateNo;
    private LocalDate revokedOn;
    private String revokedReason;

    protected HonorAward() {
    }

    HonorAward(long honoreeId, long titleId, int awardYear, String awardingBody, String certificateNo) {
        this.honoreeId = honoreeId;
        this.titleId = titleId;
        this.awardYear = awardYear;
        this.awardingBody = awardingBody;
        this.certificateNo = certificateNo;
    }

    /** 更正: the title, year and certificate as they really were. */
    void correct(long titleId, int awardYear, String awardingBody, String certificateNo) {
        this.titleId = titleId;
        this.awardYear = awardYear;
        this.awardingBody = awardingBody;
        this.certificateNo = certificateNo;
    }

    void revoke(LocalDate on, String reason) {
        this.revokedOn = on;
        this.revokedReason = reason;
    }

    Long getId() { return id; }
    long getHonoreeId() { return honoreeId; }

    /** The honor belongs to the model worker that an unidentified record turned out to be. */
    void moveTo(long honoreeId) {
        this.honoreeId = honoreeId;
    }
    long getTitleId() { return titleId; }
    int getAwardYear() { return awardYear; }
    String getAwardingBody() { return awardingBody; }
    String getCertificateNo() { return certificateNo; }
    LocalDate getRevokedOn() { return revokedOn; }
    String getRevokedReason() { return revokedReason; }
}
