package org.unionworks.org;

/** A union's term of office: the current one, or ended by the next. */
enum TermStatus {
    CURRENT, ENDED
}
