package org.unionworks.org;

/** An election (换届选举): planned with its 批复, then held. */
enum ElectionStatus {
    PLANNED, HELD
}
