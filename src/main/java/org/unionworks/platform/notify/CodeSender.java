package org.unionworks.platform.notify;

/**
 * Sends a one-time code to a mobile phone. A deployment supplies its SMS gateway as a bean of this
 * type (marked {@code @Primary}); without one, {@link LoggingCodeSender} only logs that a code was sent.
 */
public interface CodeSender {

    void send(String phone, String code);

    /** Whether a code sent really reaches the phone; a sender that only logs says no, and no code is asked for. */
    default boolean delivers() {
        return true;
    }
}
