package org.unionworks.org;

/** A census campaign is open for returns, then closed. */
enum CensusStatus {
    OPEN, CLOSED
}
