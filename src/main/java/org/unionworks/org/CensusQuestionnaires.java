package org.unionworks.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Census campaigns (摸底排查) that ask other modules' questions of every active grassroots union of a subtree; each
 * submitted return's answers go to the {@link CensusAnswerRecipient}s.
 */
public interface CensusQuestionnaires {

    /** Opens a campaign of the organizer's subtree asking these questions besides the fixed ones; its id. */
    long open(long organizerId, String name, LocalDate startsOn, LocalDate endsOn, List<CensusQuestion> questions);

    /** Submits a union's return with answers to the campaign's own questions only, as the union or its upper union would. */
    void answer(long censusId, long unionId, Map<String, BigDecimal> answers);
}
