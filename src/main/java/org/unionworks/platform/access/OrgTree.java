package org.unionworks.platform.access;

import java.util.Optional;

/**
 * What the platform needs to know of the union tree; implemented by the org module so that
 * the platform does not depend on it.
 */
public interface OrgTree {

    /** The materialized path of a union, e.g. {@code /1/12/}, whatever its status. */
    Optional<String> pathOf(long unionId);

    /** The district a path lies in (its second segment: {@code 12} of {@code /1/12/…}); null for the root's own path. */
    static Long districtIn(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? Long.valueOf(segments[2]) : null;
    }

    Optional<String> nameOf(long unionId);

    long rootId();

    /** False for a dissolved or merged union (and for one that does not exist). */
    boolean isActive(long unionId);

    /** The active unions one level below that are not grassroots unions (the parts of a statistical table), in tree order. */
    java.util.List<Long> federationsBelow(long unionId);

    /** A union found by what a spreadsheet or a search box gives for it, with where it sits. */
    record Named(long id, String name, String parentName) {
    }

    /**
     * Active unions under the path (a data-scope pattern such as {@code /1/12/%}) whose full name or short
     * name is the text, or whose unified social credit code it is; at most {@code limit}.
     */
    java.util.List<Named> named(String text, String pathPattern, int limit);
}
