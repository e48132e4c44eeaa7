package org.unionworks.org;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A module that asked questions through a census ({@link CensusQuestionnaires}) and takes the answers: each submitted
 * return's answers are handed to it inside the submitting transaction, which it refuses by throwing; an import asks it
 * beforehand, so that a row it would refuse is reported with its reason instead of failing the file.
 */
public interface CensusAnswerRecipient {

    /** Why the union's answers to this campaign cannot be taken now, in Chinese, or null. */
    String refusal(long censusId, long unionId);

    /** Takes a submitted return's answers to the campaign's own questions, by question code; throws what {@link #refusal} says. */
    void receive(long censusId, long unionId, Map<String, BigDecimal> answers);
}
