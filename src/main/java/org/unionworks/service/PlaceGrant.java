package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 补助: money a service place received, when, from which fund and for what. */
@Entity
@Table(name = "place_grant")
class PlaceGrant extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long placeId;
    private BigDecimal amount;
    private LocalDate grantedOn;
    private String fundSource;
    private String purpose;

    protected PlaceGrant() {
    }

    PlaceGrant(long placeId) {
        this.placeId = placeId;
    }

    void set(BigDecimal amount, LocalDate grantedOn, String fundSource, String purpose) {
        this.amount = amount;
        this.grantedOn = grantedOn;
        this.fundSource = fundSource;
        this.purpose = purpose;
    }

    Long getId() { return id; }
    long getPlaceId() { return placeId; }
    BigDecimal getAmount() { return amount; }
    LocalDate getGrantedOn() { return grantedOn; }
    String getFundSource() { return fundSource; }
    String getPurpose() { return purpose; }
}
