package org.unionworks.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a rule: enacted, revised (the earlier text stays) or repealed. Never changed. */
@Entity
@Immutable
@Table(name = "rule_revision")
class RuleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long ruleId;
    private int revisionNo;
    private String action;
    private LocalDate actedOn;
    private String body;
    private String fileId;
    private String note;
    private String doneBy;
    private OffsetDateTime createdAt;

    protected RuleRevision() {
    }

    RuleRevision(long ruleId, int revisionNo, String action, LocalDate actedOn, String body, String fileId, String note,
                 String doneBy) {
        this.ruleId = ruleId;
        this.revisionNo = revisionNo;
        this.action = action;
        this.actedOn = actedOn;
        this.body = body;
        this.fileId = fileId;
        this.note = note;
        this.doneBy = doneBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    int getRevisionNo() { return revisionNo; }
    String getAction() { return action; }
    LocalDate getActedOn() { return actedOn; }
    String getBody() { return body; }
    String getFileId() { return fileId; }
    String getNote() { return note; }
    String getDoneBy() { return doneBy; }
}
