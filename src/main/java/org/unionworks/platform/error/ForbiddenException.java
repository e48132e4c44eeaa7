package org.unionworks.platform.error;

/** The row is visible but this action on it belongs to someone else (e.g. the receiving union): 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
