package org.unionworks.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated step of a case, read only through the (scoped) case. */
@Entity
@Immutable
@Table(name = "rights_case_step")
class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private LocalDate stepOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private CaseStatus status;
    private String note;
    private String doneBy;
    private OffsetDateTime createdAt;

    protected CaseStep() {
    }

    CaseStep(long caseId, LocalDate stepOn, CaseStatus status, String note, String doneBy) {
        this.caseId = caseId;
        this.stepOn = stepOn;
        this.status = status;
        this.note = note;
        this.doneBy = doneBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    LocalDate getStepOn() { return stepOn; }
    CaseStatus getStatus() { return status; }
    String getNote() { return note; }
    String getDoneBy() { return doneBy; }
}
