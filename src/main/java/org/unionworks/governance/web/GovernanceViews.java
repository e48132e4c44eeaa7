package org.unionworks.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the governance endpoints answer. */
public final class GovernanceViews {

    private GovernanceViews() {
    }

    /** An item of the problem list (整改台账); overdue when in progress past its deadline. */
    public record Rectification(long id, long unionId, String unionName, String source, String category, String description,
                                String ownerPerson, String ownerDepartment, String measures, LocalDate foundOn, LocalDate deadline,
                                String status, boolean overdue, boolean immediate, LocalDate doneOn, String result, String verifier,
                                LocalDate verifiedOn, Long researchId, List<String> evidence, Long version) {
    }


    /** A regulation (管理制度) and, for one record, its revisions newest first. */
    public record Regulation(long id, long unionId, String unionName, String title, String category, String status,
                             int currentVersion, LocalDate enactedOn, LocalDate repealedOn, Long version, List<Revision> revisions) {
    }

    public record Revision(int revisionNo, String action, LocalDate actedOn, String body, String fileId, String note, String doneBy) {
    }

    /** 三重一大: a major decision, appointment, project or large sum, decided collectively. */
    public record MajorDecision(long id, long unionId, String unionName, String matter, String matterType, BigDecimal amount,
                                String meeting, LocalDate decidedOn, String participants, String decision, String votes,
                                boolean flagged, String flagReason, Long version) {
    }
}
