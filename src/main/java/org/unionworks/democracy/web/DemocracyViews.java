package org.unionworks.democracy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the democracy module's API answers. */
public final class DemocracyViews {

    private DemocracyViews() {
    }

    /** A contract with whether it is in force today, the contract that renews it (if any) and the employers it covers. */
    public record Contract(long id, long unionId, String unionName, String kind, String coverage, String title, LocalDate offerOn,
                           String offerParty, int rounds, String status, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                           Integer workersCovered, BigDecimal wageRise, String keyTerms, LocalDate filedOn, String filingNo,
                           String filingAuthority, LocalDate terminatedOn, Long renewsId, Long renewedById, boolean inForce,
                           List<CoveredEmployer> employers, Long version) {
    }

    public record CoveredEmployer(long id, long employerId, String name, Integer workers) {
    }

    /** An employer's 职代会 with its sessions so far, the last one's day and the proposals not yet closed. */
    public record Congress(long id, long unionId, String unionName, long employerId, String employerName, String form, LocalDate establishedOn,
                           Integer representatives, LocalDate abolishedOn, long sessions, LocalDate lastHeldOn, long openProposals, Long version) {
    }

    /** A session; the shares of front-line workers and women among those present in %, and whether its contract vote passed. */
    public record Session(long id, LocalDate heldOn, String title, int expected, int present, Integer frontline, Integer women,
                          BigDecimal frontlineShare, BigDecimal womenShare, String resolutions, Long contractId, Integer votesFor,
                          Integer votesAgainst, Integer abstentions, boolean contractAdopted, List<Proposal> proposals, Long version) {
    }

    public record Proposal(long id, String title, String proposer, String category, String status, LocalDate handledOn, String handling,
                           Long version) {
    }

    public record DisclosureItem(long id, long unionId, String unionName, long employerId, String employerName, LocalDate publishedOn,
                                 String channel, String subject) {
    }

    /**
     * An election kept by the rules with its term, the candidates required by the 差额 rule for the committee, the ballots
     * issued so far and every candidate.
     */
    public record ElectionProcessView(long id, long electionId, long unionId, String unionName, int termNo, LocalDate termEndsOn,
                                      LocalDate deadline, LocalDate plannedOn, String holdingApprovalNo, String mode, int committeeSeats,
                                      int auditSeats, int womensSeats, int requiredCommitteeCandidates, String status, LocalDate submittedOn,
                                      String candidatesApprovalNo, LocalDate candidatesApprovedOn, String returnComment, LocalDate votingOn,
                                      Integer electorate, long ballotsIssued, Integer ballotsReturned, String resultReportNo,
                                      LocalDate resultApprovedOn, Integer newTermYears, List<CandidateView> candidates, Long version) {
    }

    public record CandidateView(long id, String body, String name, String sex, boolean frontline, Integer votes, boolean elected,
                                String office) {
    }

    /** Ballots issued in one go, and the ID numbers refused one with the reason. */
    public record BallotOutcome(int issued, long issuedSoFar, List<Refusal> refused) {
    }

    public record Refusal(String idNumber, String reason) {
    }

    public record WomensCommitteeView(long id, long unionId, String unionName, LocalDate formedOn, String formedBy, String chairName,
                                      String memberNames, int memberCount, Long processId, LocalDate dissolvedOn, Long version) {
    }

    /** A union with at least the threshold of women members and no 女职工委员会. */
    public record UnionLackingCommittee(long unionId, String unionName, long womenMembers) {
    }

    /** A year's protection record with the 爱心妈咪小屋 the employer hosts (open service places). */
    public record ProtectionView(long id, long unionId, String unionName, long employerId, String employerName, int year,
                                 boolean fourPeriods, LocalDate checkedOn, Integer womenWorkers, Integer screened, String note,
                                 List<String> motherRooms, Long version) {
    }

    /** A 会员代表大会 with its representatives serving today, their shares of women and front-line workers (%), and meetings. */
    public record MembersCongressView(long id, long unionId, String unionName, boolean standing, LocalDate establishedOn, LocalDate termStartsOn,
                                      LocalDate termEndsOn, int seats, long representatives, BigDecimal womenShare, BigDecimal frontlineShare,
                                      long meetings, LocalDate lastHeldOn, List<RepresentativeView> roster, List<MeetingView> meetingList,
                                      Long version) {
    }

    public record RepresentativeView(long id, String name, String sex, boolean frontline, LocalDate electedOn, LocalDate endedOn) {
    }

    public record MeetingView(long id, LocalDate heldOn, String title, int expected, int present, String decisions) {
    }
}
