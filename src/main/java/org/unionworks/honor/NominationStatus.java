package org.unionworks.honor;

/** ACTIVE while it moves through the stages; RETURNED for correction (退回); REJECTED (不予推荐) frees its quota place. */
enum NominationStatus {
    ACTIVE, RETURNED, REJECTED
}
