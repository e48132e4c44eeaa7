package org.unionworks.craft;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 劳模和工匠人才创新工作室: named at a level in a year, led by a model worker or craftsman, hosted by an employer;
 * reviewed every year (合格 / 整改 / 撤销) and no longer counted from the day it is revoked.
 */
@Entity
@Table(name = "innovation_studio")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class InnovationStudio extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private String level;
    private int namedYear;
    private String leaderName;
    private Long honoreeId;
    private Long employerId;
    private String hostName;
    private String fields;
    private int memberCount;
    private String members;
    private LocalDate revokedOn;

    protected InnovationStudio() {
    }

    InnovationStudio(long unionId) {
        this.unionId = unionId;
    }

    void describe(Profile p) {
        requireActive();
        this.name = p.name();
        this.level = p.level();
        this.namedYear = p.namedYear();
        this.leaderName = p.leaderName();
        this.honoreeId = p.honoreeId();
        this.employerId = p.employerId();
        this.hostName = p.hostName();
        this.fields = p.fields();
        this.memberCount = p.memberCount();
        this.members = p.members();
    }

    /** A yearly review of 撤销 ends the studio on the review day. */
    void revoke(LocalDate on) {
        requireActive();
        this.revokedOn = on;
    }

    void requireActive() {
        if (revokedOn != null) {
            throw new ConflictException("该工作室已于" + revokedOn + "撤销命名");
        }
    }

    record Profile(String name, String level, int namedYear, String leaderName, Long honoreeId, Long employerId, String hostName,
                   String fields, int memberCount, String members) {
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getName() { return name; }
    String getLevel() { return level; }
    int getNamedYear() { return namedYear; }
    String getLeaderName() { return leaderName; }
    Long getHonoreeId() { return honoreeId; }
    Long getEmployerId() { return employerId; }
    String getHostName() { return hostName; }
    String getFields() { return fields; }
    int getMemberCount() { return memberCount; }
    String getMembers() { return members; }
    LocalDate getRevokedOn() { return revokedOn; }
}
