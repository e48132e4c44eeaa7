package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 阵地: a service place of a union, hosted by a unit, at an address and a point on the map; open, suspended or
 * closed. A 模范职工之家 is named at a level in a year; a 职工书屋 has books and an area; a station its opening hours
 * and the services of the standard.
 */
@Entity
@Table(name = "service_place")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class ServicePlace extends Versioned {

    enum Kind {
        WORKERS_HOME("职工之家"), MODEL_HOME("模范职工之家"), BOOK_ROOM("职工书屋"), STATION("户外劳动者服务站点"), MOTHER_ROOM("爱心妈咪小屋");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Optional<Kind> of(String text) {
            return Arrays.stream(values()).filter(k -> k.name().equals(text) || k.label.equals(text)).findFirst();
        }
    }

    enum Status { OPEN, SUSPENDED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String name;
    private String hostName;
    private Long employerId;
    private String address;
    private String divisionCode;
    private BigDecimal longitude;
    private BigDecimal latitude;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private String level;
    private Integer namedYear;
    private Integer books;
    private BigDecimal area;
    private String openingHours;
    private String services;
    private String phone;
    private String note;

    protected ServicePlace() {
    }

    ServicePlace(long unionId, Kind kind) {
        this.unionId = unionId;
        this.kind = kind;
        this.status = Status.OPEN;
    }

    record Profile(String name, String hostName, Long employerId, String address, String divisionCode, BigDecimal longitude,
                   BigDecimal latitude, LocalDate openedOn, String level, Integer namedYear, Integer books, BigDecimal area,
                   String openingHours, List<String> services, String phone, String note) {
    }

    void describe(Profile p) {
        if ((p.longitude() == null) != (p.latitude() == null)) {
            throw new InvalidInputException(p.longitude() == null ? "longitude" : "latitude", "经度和纬度须同时填写");
        }
        if (kind == Kind.MODEL_HOME && (p.level() == null || p.namedYear() == null)) {
            throw new InvalidInputException(p.level() == null ? "level" : "namedYear", "模范职工之家须填写命名级别和命名年度");
        }
        if (closedOn != null && p.openedOn().isAfter(closedOn)) {
            throw new InvalidInputException("openedOn", "启用日期不能晚于关闭日期");
        }
        this.name = p.name();
        this.hostName = p.hostName();
        this.employerId = p.employerId();
        this.address = p.address();
        this.divisionCode = p.divisionCode();
        this.longitude = p.longitude();
        this.latitude = p.latitude();
        this.openedOn = p.openedOn();
        this.level = p.level();
        this.namedYear = p.namedYear();
        this.books = kind == Kind.BOOK_ROOM || p.books() != null ? p.books() : null;
        this.area = p.area();
        this.openingHours = p.openingHours();
        this.services = p.services() == null || p.services().isEmpty() ? null : String.join(",", p.services());
        this.phone = p.phone();
        this.note = p.note();
    }

    /** 暂停, 恢复 or 关闭 (a 模范职工之家 whose naming is revoked is closed as such). */
    void changeStatus(Status to, LocalDate on) {
        if (status == Status.CLOSED && to != Status.OPEN) {
            throw new ConflictException("该阵地已于" + closedOn + "关闭");
        }
        if (to == Status.CLOSED && on.isBefore(openedOn)) {
            throw new InvalidInputException("on", "关闭日期不能早于启用日期");
        }
        this.status = to;
        this.closedOn = to == Status.CLOSED ? on : null;
    }

    List<String> serviceList() {
        return services == null ? List.of() : List.of(services.split(","));
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    Kind getKind() { return kind; }
    String getName() { return name; }
    String getHostName() { return hostName; }
    Long getEmployerId() { return employerId; }
    String getAddress() { return address; }
    String getDivisionCode() { return divisionCode; }
    BigDecimal getLongitude() { return longitude; }
    BigDecimal getLatitude() { return latitude; }
    Status getStatus() { return status; }
    LocalDate getOpenedOn() { return openedOn; }
    LocalDate getClosedOn() { return closedOn; }
    String getLevel() { return level; }
    Integer getNamedYear() { return namedYear; }
    Integer getBooks() { return books; }
    BigDecimal getArea() { return area; }
    String getOpeningHours() { return openingHours; }
    String getPhone() { return phone; }
    String getNote() { return note; }
}
