package org.unionworks.platform.error;

/** A public endpoint was called too often from one place: 429. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
