package org.unionworks.governance;

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

/** 三重一大: a major decision, appointment, project or large sum, and the collective decision on it. */
@Entity
@Table(name = "major_matter")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class MajorMatter extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String matter;
    private String matterType;
    private BigDecimal amount;
    private String meeting;
    private LocalDate decidedOn;
    private String participants;
    private String decision;
    private String votes;

    protected MajorMatter() {
    }

    MajorMatter(long unionId) {
        this.unionId = unionId;
    }

    void describe(String matter, String type, BigDecimal amount, String meeting, LocalDate decidedOn, String participants,
                  String decision, String votes) {
        this.matter = matter;
        this.matterType = type;
        this.amount = amount;
        this.meeting = meeting;
        this.decidedOn = decidedOn;
        this.participants = participants;
        this.decision = decision;
        this.votes = votes;
    }

    /** A collective decision is on record: the meeting, its date and what it decided. */
    boolean decidedCollectively() {
        return meeting != null && decidedOn != null && decision != null;
    }

    /** 预警: a large sum above the threshold with no record that it was decided collectively. */
    boolean lacksCollectiveDecision(java.math.BigDecimal largeSum) {
        return "LARGE_SUM".equals(matterType) && amount != null && amount.compareTo(largeSum) > 0 && !decidedCollectively();
    }

    /** The same rule as a query: large sums above the threshold without meeting, date or decision on record. */
    static org.springframework.data.jpa.domain.Specification<MajorMatter> lackingCollectiveDecision(BigDecimal largeSum) {
        return (r, query, cb) -> cb.and(cb.equal(r.get("matterType"), "LARGE_SUM"), cb.greaterThan(r.get("amount"), largeSum),
                cb.or(cb.isNull(r.get("meeting")), cb.isNull(r.get("decidedOn")), cb.isNull(r.get("decision"))));
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getMatter() { return matter; }
    String getMatterType() { return matterType; }
    BigDecimal getAmount() { return amount; }
    String getMeeting() { return meeting; }
    LocalDate getDecidedOn() { return decidedOn; }
    String getParticipants() { return participants; }
    String getDecision() { return decision; }
    String getVotes() { return votes; }
}
