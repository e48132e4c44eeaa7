package org.unionworks.democracy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.unionworks.platform.error.InvalidInputException;

/**
 * The counting rules of 工会基层组织选举工作条例: committee candidates exceed the seats by at least the configured margin
 * (差额); the vote may proceed when at least two thirds of those entitled take a ballot; more ballots returned than issued
 * voids the vote; a candidate is elected with more than half of the votes of all entitled to vote, the most votes first
 * up to the seats; a tie at the last seat is voted again.
 */
final class ElectionRules {

    record Tally(long candidateId, String name, int votes) {
    }

    private ElectionRules() {
    }

    /** Seats plus the margin, rounded up, and at least one more than the seats. */
    static int requiredCandidates(int seats, int marginPercent) {
        return seats + Math.max(1, (seats * marginPercent + 99) / 100);
    }

    static void checkQuorum(int issued, int electorate) {
        if ((long) issued * 3 < (long) electorate * 2) {
            throw new InvalidInputException("electorate", "领取选票的到会人数" + issued + "人，不足应到会有选举权人数" + electorate
                    + "人的三分之二，不能进行选举");
        }
    }

    static void checkReturned(int returned, int issued) {
        if (returned > issued) {
            throw new InvalidInputException("ballotsReturned", "收回选票" + returned + "张，多于发出的" + issued + "张：本次选举无效，应重新选举");
        }
    }

    /** The candidates elected to one body: more than half of the electorate's votes, the most votes first, up to the seats. */
    static Set<Long> elect(List<Tally> tallies, int seats, int electorate) {
        List<Tally> passed = tallies.stream().filter(t -> (long) t.votes() * 2 > electorate)
                .sorted(Comparator.comparingInt(Tally::votes).reversed()).toList();
        if (passed.size() > seats && passed.get(seats - 1).votes() == passed.get(seats).votes()) {
            int tied = passed.get(seats).votes();
            String names = passed.stream().filter(t -> t.votes() == tied).map(Tally::name).collect(Collectors.joining("、"));
            throw new InvalidInputException("votes", names + "得票相同（" + tied + "票），无法确定最后的当选名额，须就得票相等的候选人再次投票");
        }
        return passed.stream().limit(seats).map(Tally::candidateId).collect(Collectors.toSet());
    }
}
