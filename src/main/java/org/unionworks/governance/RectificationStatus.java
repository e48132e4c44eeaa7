package org.unionworks.governance;

/** 整改中 → 已完成 (with its result and evidence) → 已销号 (verified). Overdue is in progress past the deadline, not a state. */
enum RectificationStatus {
    IN_PROGRESS, DONE, CLOSED
}
