package org.unionworks.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, REVEAL, PASSWORD, MOVE, CLOSE,
    /** A request refused by the data scope (404) or by permission (403): 越权尝试. */
    DENIED
}
