package org.unionworks.service.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the service module's API answers. */
public final class ServiceViews {

    private ServiceViews() {
    }

    /** A programme with what it has given so far: persons (人次), units, workers those units reached, cash and goods, applications pending. */
    public record Programme(long id, long unionId, String unionName, String kind, String name, int year, LocalDate startsOn, LocalDate endsOn,
                            String fundSource, BigDecimal budget, boolean applicationFlow, LocalDate noticeFrom, LocalDate noticeTo,
                            String note, long persons, long units, long workersReached, BigDecimal cash, BigDecimal goods,
                            long pending, Long version) {
    }

    public record Standard(long id, long unionId, String unionName, String kind, String category, BigDecimal cashPerPerson,
                           BigDecimal goodsPerPerson, String goods, LocalDate effectiveFrom, String note, Long version) {
    }

    /** A beneficiary; the ID number masked. */
    public record Beneficiary(long id, String recipient, String name, String idNumber, String category, String employerName, String detail,
                              Long hardshipFileId, Long employerId, Long unitUnionId, Integer workersReached, BigDecimal cash,
                              BigDecimal goods, String goodsDescription, String status, LocalDate appliedOn, LocalDate reviewedOn,
                              String reviewNote, LocalDate givenOn, Long version) {
    }

    public record Paid(int paid) {
    }

    public record Enrolment(long id, long unionId, String unionName, int year, String unitName, Long employerId, int insuredWorkers,
                            BigDecimal premiumPerPerson, BigDecimal amountPaid, LocalDate paidOn, String policyNo, Long version) {
    }

    /** A claim; the ID number masked, the stay in days when both dates are known. */
    public record Claim(long id, long unionId, String unionName, int year, String name, String idNumber, String unitName,
                        String illnessCategory, LocalDate admittedOn, LocalDate dischargedOn, Long stayDays, LocalDate claimedOn,
                        BigDecimal amountClaimed, BigDecimal amountPaid, LocalDate paidOn, Long version) {
    }

    /** 互助保障 totals of a subtree: the year's enrolment and claims, and claims paid since the beginning. */
    public record InsuranceTotals(int year, long units, long insuredWorkers, BigDecimal premiums, long claimsPaid, BigDecimal paidAmount,
                                  long claimsPaidEver, BigDecimal paidAmountEver) {
    }

    public record Place(long id, long unionId, String unionName, String kind, String name, String hostName, Long employerId, String address,
                        String divisionCode, BigDecimal longitude, BigDecimal latitude, String status, LocalDate openedOn, LocalDate closedOn,
                        String level, Integer namedYear, Integer books, BigDecimal area, String openingHours, List<String> services,
                        String phone, String note, BigDecimal grants, Integer lastYear, Integer lastYearVisits, Long version) {
    }

    public record Grant(long id, BigDecimal amount, LocalDate grantedOn, String fundSource, String purpose, Long version) {
    }

    public record PlaceYear(long id, int year, int visits, String review, String note, Long version) {
    }

    /** A place on the map: where it is, what it is, whether open. */
    public record MapPoint(long id, String kind, String name, String address, String divisionCode, BigDecimal longitude, BigDecimal latitude,
                           String status) {
    }

    /** An open station as the public page shows it to workers: its district and services by name. */
    public record PublicStation(long id, String kind, String name, String address, String divisionCode, String divisionName, BigDecimal longitude,
                                BigDecimal latitude, String openingHours, List<String> services, String phone) {
    }

    /**
     * The federation's uploaded district boundaries: the file's name, the number of features and the GeoJSON itself (all null
     * before one is uploaded), and whether the caller may replace it (the city federation's accounts).
     */
    public record Boundary(String fileName, Integer features, String uploadedBy, java.time.OffsetDateTime uploadedAt, String geojson,
                           boolean replaceable) {
    }
}
