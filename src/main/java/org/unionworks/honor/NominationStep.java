package org.unionworks.honor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One act on a nomination (推荐, 通过, 退回, 不予推荐), who did it and when: its history and its opinions (审核意见). */
@Entity
@Table(name = "nomination_step")
class NominationStep {

    enum Action { SUBMIT, APPROVE, RETURN, REJECT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long nominationId;
    @Enumerated(EnumType.STRING)
    private NominationStage stage;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String note;
    private String doneBy;
    private OffsetDateTime doneAt;

    protected NominationStep() {
    }

    NominationStep(Long nominationId, NominationStage stage, Action action, String note, String by) {
        this.nominationId = nominationId;
        this.stage = stage;
        this.action = action;
        this.note = note;
        this.doneBy = by;
        this.doneAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    Long getNominationId() { return nominationId; }
    NominationStage getStage() { return stage; }
    Action getAction() { return action; }
    String getNote() { return note; }
    String getDoneBy() { return doneBy; }
    OffsetDateTime getDoneAt() { return doneAt; }
}
