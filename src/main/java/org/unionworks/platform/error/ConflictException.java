package org.unionworks.platform.error;

/** The request clashes with the current state (duplicate key, stale version, wrong status): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
