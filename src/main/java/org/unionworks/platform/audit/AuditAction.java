package org.unionworks.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, REVEAL, PASSWORD, MOVE, CLOSE
}
