package org.unionworks.org.web;

import java.util.List;

/**
 * A campaign's progress in the viewer's subtree, split by the unions one level below the viewer's
 * (the districts for the city federation); returns of the viewer's own union count under it.
 * Returned = submitted or approved. {@code questions}: what the campaign asks besides the fixed questionnaire.
 */
public record CensusProgress(CensusView campaign, List<Part> parts, List<CensusQuestionView> questions) {

    /** A question of the campaign's own: answered by a number (a count, 1/0 for yes/no, 万元 for an amount). */
    public record CensusQuestionView(String code, String label, String unit, String kind, String definition) {
    }

    public record Part(long unionId, String unionName, long targets, long returned, long approved) {
    }
}
