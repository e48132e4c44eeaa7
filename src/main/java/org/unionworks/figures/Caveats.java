package org.unionworks.figures;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** A figure's caveat put together from its parts, those that apply (not null). */
public final class Caveats {

    private Caveats() {
    }

    /** The parts that apply joined by 「；」, or null when none does. */
    public static String join(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining("；"));
        return joined.isEmpty() ? null : joined;
    }
}
