package org.unionworks.democracy;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union's 女职工委员会: elected with the committee (by an election kept here) or nominated, its chair and members. */
@Entity
@Table(name = "womens_committee")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class WomensCommittee extends Versioned {

    enum FormedBy { ELECTION, NOMINATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private LocalDate formedOn;
    @Enumerated(EnumType.STRING)
    private FormedBy formedBy;
    private String chairName;
    private String memberNames;
    private int memberCount;
    private Long processId;
    private LocalDate dissolvedOn;

    protected WomensCommittee() {
    }

    WomensCommittee(long unionId) {
        this.unionId = unionId;
    }

    void describe(LocalDate formedOn, FormedBy formedBy, String chairName, String memberNames, int memberCount, Long processId,
                  LocalDate dissolvedOn) {
        this.formedOn = formedOn;
        this.formedBy = formedBy;
        this.chairName = chairName;
        this.memberNames = memberNames;
        this.memberCount = memberCount;
        this.processId = processId;
        this.dissolvedOn = dissolvedOn;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    LocalDate getFormedOn() { return formedOn; }
    FormedBy getFormedBy() { return formedBy; }
    String getChairName() { return chairName; }
    String getMemberNames() { return memberNames; }
    int getMemberCount() { return memberCount; }
    Long getProcessId() { return processId; }
    LocalDate getDissolvedOn() { return dissolvedOn; }
}
