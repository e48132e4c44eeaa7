package org.unionworks.org;

/**
 * A module that keeps an election step by step by the rules (candidates, ballots, result approved by the upper union).
 * For the elections it governs, the term's quick "election held" path is refused: the result approval holds them.
 */
public interface ElectionProcedure {

    boolean governs(long electionId);
}
