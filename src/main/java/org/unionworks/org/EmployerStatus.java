package org.unionworks.org;

/** 存续 or 注销 (closed on a date; its coverages end then). */
enum EmployerStatus {
    ACTIVE, CLOSED
}
