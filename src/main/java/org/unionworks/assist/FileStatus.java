package org.unionworks.assist;

/** 待审批 → 在档 (or 已退回, corrected and submitted again) → 已退出. */
enum FileStatus {
    SUBMITTED, RETURNED, OPEN, CLOSED;

    /** Pending or filed: the ID number may have only one such file. */
    boolean holdsTheIdNumber() {
        return this == SUBMITTED || this == OPEN;
    }
}
