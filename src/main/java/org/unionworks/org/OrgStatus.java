package org.unionworks.org;

public enum OrgStatus {
    ACTIVE, DISSOLVED, MERGED
}
