package org.unionworks.governance;

/** 现行有效 or 已废止. */
enum RegulationStatus {
    IN_FORCE, REPEALED
}
