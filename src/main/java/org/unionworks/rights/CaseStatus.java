package org.unionworks.rights;

import org.unionworks.platform.error.InvalidInputException;

/** 已受理 → 办理中 → 已办结 (resolved, with what was recovered) or 已终止 (stopped without result). */
enum CaseStatus {
    ACCEPTED, IN_PROGRESS, CLOSED, TERMINATED;

    boolean open() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }

    /** A step's status as sent by a cadre: only the moves a step can make. */
    static CaseStatus ofStep(String status) {
        return switch (status == null ? "" : status) {
            case "IN_PROGRESS" -> IN_PROGRESS;
            case "CLOSED" -> CLOSED;
            case "TERMINATED" -> TERMINATED;
            default -> throw new InvalidInputException("status", "办理状态只能是 IN_PROGRESS、CLOSED 或 TERMINATED");
        };
    }
}
