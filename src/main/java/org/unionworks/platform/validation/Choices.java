package org.unionworks.platform.validation;

import org.unionworks.platform.error.InvalidInputException;

/** A value a request names from a fixed list (a state, a mode): the constant, or a 400 naming the field. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, message);
        }
    }
}
