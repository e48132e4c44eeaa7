package org.unionworks.org;

/** A union's census return: waiting, submitted, approved by the organizer. */
enum ReturnStatus {
    PENDING, SUBMITTED, APPROVED
}
