package org.unionworks.org.web;

import java.util.List;

/**
 * A campaign's progress in the viewer's subtree, split by the unions one level below the viewer's
 * (the districts for the city federation); returns of the viewer's own union count under it.
 * Returned = submitted or approved.
 */
public record CensusProgress(CensusView campaign, List<Part> parts) {

    public record Part(long unionId, String unionName, long targets, long returned, long approved) {
    }
}
