package org.unionworks.craft;

/** 进行中 (items, units, entrants and results editable) → 结果公示 (objections may be raised) → 结果公布. */
enum ContestStatus {
    OPEN, NOTICE, PUBLISHED
}
