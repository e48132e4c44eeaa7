package org.unionworks.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.error.InvalidInputException;

class ElectionRulesTest {

    @Test
    void committeeCandidatesExceedTheSeatsByTheMarginRoundedUpAndAtLeastOne() {
        assertThat(ElectionRules.requiredCandidates(3, 5)).isEqualTo(4);
        assertThat(ElectionRules.requiredCandidates(20, 5)).isEqualTo(21);
        assertThat(ElectionRules.requiredCandidates(21, 5)).isEqualTo(23);
        assertThat(ElectionRules.requiredCandidates(15, 10)).isEqualTo(17);
    }

    @Test
    void twoThirdsMayVoteAndNoMoreBallotsComeBackThanWereIssued() {
        ElectionRules.checkQuorum(6, 9);
        assertThatThrownBy(() -> ElectionRules.checkQuorum(5, 9)).isInstanceOf(InvalidInputException.class).hasMessageContaining("三分之二");
        ElectionRules.checkReturned(6, 6);
        assertThatThrownBy(() -> ElectionRules.checkReturned(7, 6)).hasMessageContaining("选举无效");
    }

    @Test
    void moreThanHalfOfTheElectorateElectsTheMostVotesFirst() {
        var tallies = List.of(new ElectionRules.Tally(1, "甲", 9), new ElectionRules.Tally(2, "乙", 6), new ElectionRules.Tally(3, "丙", 7),
                new ElectionRules.Tally(4, "丁", 5));
        assertThat(ElectionRules.elect(tallies, 2, 10)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ElectionRules.elect(tallies, 4, 10)).as("5 of 10 is not more than half").containsExactlyInAnyOrder(1L, 2L, 3L);
        var tie = List.of(new ElectionRules.Tally(1, "甲", 9), new ElectionRules.Tally(2, "乙", 7), new ElectionRules.Tally(3, "丙", 7));
        assertThatThrownBy(() -> ElectionRules.elect(tie, 2, 10)).hasMessageContaining("乙、丙").hasMessageContaining("再次投票");
        assertThat(ElectionRules.elect(tie, 3, 10)).hasSize(3);
    }
}
