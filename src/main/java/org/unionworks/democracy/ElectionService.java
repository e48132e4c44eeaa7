package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.democracy.web.CandidateRequest;
import org.unionworks.democracy.web.CandidatesReview;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.ElectionProcessRequest;
import org.unionworks.democracy.web.ElectionResultRequest;
import org.unionworks.democracy.web.OfficesRequest;
import org.unionworks.democracy.web.ResultApprovalRequest;
import org.unionworks.member.MemberDirectory;
import org.unionworks.org.TermElections;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;

/** Elections by the rules, step by step; the upper union approves the candidates and the result, which holds the term's election. */
@Service
class ElectionService {

    private final ElectionProcessRepository processes;
    private final CandidateRepository candidates;
    private final BallotRepository ballots;
    private final TermElections elections;
    private final MemberDirectory members;
    private final Scopes scopes;
    private final WomensWorkService womensWork;
    private final MembersCongressService membersCongresses;
    private final int marginPercent;

    ElectionService(ElectionProcessRepository processes, CandidateRepository candidates, BallotRepository ballots, TermElections elections,
                    MemberDirectory members, Scopes scopes, WomensWorkService womensWork,
                    MembersCongressService membersCongresses, @Value("${unionworks.democracy.election.min-margin-percent:5}") int marginPercent) {
        this.processes = processes;
        this.candidates = candidates;
        this.ballots = ballots;
        this.elections = elections;
        this.members = members;
        this.scopes = scopes;
        this.womensWork = womensWork;
        this.membersCongresses = membersCongresses;
        this.marginPercent = marginPercent;
    }

    int marginPercent() {
        return marginPercent;
    }

    @Transactional(readOnly = true)
    ElectionProcess get(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("换届选举"));
    }

    @Transactional
    ElectionProcess start(ElectionProcessRequest r) {
        if (r.electionId() == null) {
            throw new InvalidInputException("electionId", "请选择要办理的换届（先在届期中安排换届）");
        }
        var election = elections.election(r.electionId()).orElseThrow(() -> new NotFoundException("换届选举"));
        scopes.requireOpen(election.unionId());
        if (election.held()) {
            throw new ConflictException("该换届选举已办结");
        }
        if (processes.existsByElectionId(election.electionId())) {
            throw new ConflictException("该换届选举已在按程序办理");
        }
        ElectionProcess p = new ElectionProcess(election.electionId(), election.unionId());
        p.seats(mode(r.mode()), r.committeeSeats(), orZero(r.auditSeats()), orZero(r.womensSeats()));
        return processes.saveAndFlush(p);
    }

    @Transactional
    ElectionProcess update(long id, ElectionProcessRequest r) {
        ElectionProcess p = get(id);
        p.requireVersion(r.version(), "该换届选举已被他人修改，请刷新后重试");
        p.seats(mode(r.mode()), r.committeeSeats(), orZero(r.auditSeats()), orZero(r.womensSeats()));
        return processes.saveAndFlush(p);
    }

    @Transactional
    Candidate addCandidate(long id, CandidateRequest r) {
        ElectionProcess p = get(id);
        p.require(ElectionProcess.Status.PREPARING, "预备人选已报送，不能再增减候选人（退回后可以修改）");
        Candidate.Body body = Arrays.stream(Candidate.Body.values()).filter(b -> b.name().equals(r.body())).findFirst()
                .orElseThrow(() -> new InvalidInputException("body", "候选人只能属于工会委员会、经费审查委员会或女职工委员会"));
        if (p.seats(body) == 0) {
            throw new InvalidInputException("body", "本次选举没有设该委员会的名额");
        }
        MemberDirectory.Voter v = voter(p, r.idNumber(), "idNumber");
        if (v.reserved()) {
            throw new InvalidInputException("idNumber", v.name() + "保留会籍，保留会籍期间不参加选举，不能作为候选人");
        }
        if (body == Candidate.Body.WOMENS && !"FEMALE".equals(v.sex())) {
            throw new InvalidInputException("idNumber", "女职工委员会委员候选人须为女会员");
        }
        return candidates.saveAndFlush(new Candidate(id, body, v.memberId(), v.name(), v.sex(), Boolean.TRUE.equals(r.frontline())));
    }

    @Transactional
    void removeCandidate(long id, long candidateId) {
        ElectionProcess p = get(id);
        p.require(ElectionProcess.Status.PREPARING, "预备人选已报送，不能再增减候选人（退回后可以修改）");
        Candidate c = candidates.findById(candidateId).filter(x -> x.getProcessId() == id).orElseThrow(() -> new NotFoundException("候选人"));
        candidates.delete(c);
    }

    /** The candidate list goes to the upper union: the holding of the election approved, and enough candidates for every body. */
    @Transactional
    ElectionProcess submit(long id, Long version) {
        ElectionProcess p = get(id);
        p.requireVersion(version, "该换届选举已被他人修改，请刷新后重试");
        Map<Candidate.Body, Long> named = candidates.findByProcessIdOrderByBodyAscIdAsc(id).stream()
                .collect(Collectors.groupingBy(Candidate::getBody, Collectors.counting()));
        int required = ElectionRules.requiredCandidates(p.getCommitteeSeats(), marginPercent);
        long committee = named.getOrDefault(Candidate.Body.COMMITTEE, 0L);
        if (committee < required) {
            throw new InvalidInputException("candidates", "工会委员会委员实行差额选举：应选" + p.getCommitteeSeats() + "名，候选人至少"
                    + required + "名（差额不少于" + marginPercent + "%），现有" + committee + "名");
        }
        for (Candidate.Body body : List.of(Candidate.Body.AUDIT, Candidate.Body.WOMENS)) {
            if (named.getOrDefault(body, 0L) < p.seats(body)) {
                throw new InvalidInputException("candidates", label(body) + "应选" + p.seats(body) + "名，候选人不能少于应选名额");
            }
        }
        var election = elections.election(p.getElectionId()).orElseThrow();
        if (election.approvalNo() == null) {
            throw new InvalidInputException("approvalNo", "召开换届选举大会须先取得上级工会批复：请在届期中登记批复文号");
        }
        p.submit(LocalDate.now());
        return processes.saveAndFlush(p);
    }

    @Transactional
    ElectionProcess reviewCandidates(long id, CandidatesReview r) {
        ElectionProcess p = get(id);
        scopes.requireAbove(p.getUnionId(), "预备人选须报上一级工会审查，本工会不能自行审批");
        p.requireVersion(r.version(), "该换届选举已被他人修改，请刷新后重试");
        if (r.approved()) {
            String no = Texts.blankToNull(r.approvalNo());
            if (no == null || r.approvedOn() == null) {
                throw new InvalidInputException("approvalNo", "同意预备人选须填写批复文号和日期");
            }
            if (r.approvedOn().isAfter(LocalDate.now()) || r.approvedOn().isBefore(p.getSubmittedOn())) {
                throw new InvalidInputException("approvedOn", "批复日期应在报送之后、今天之前");
            }
            p.approveCandidates(no, r.approvedOn());
        } else {
            String comment = Texts.blankToNull(r.comment());
            if (comment == null) {
                throw new InvalidInputException("comment", "退回须写明意见");
            }
            p.returnCandidates(comment);
        }
        return processes.saveAndFlush(p);
    }

    /** Ballots for the members who come: 保留会籍 members, members of other unions and those who already have one are refused. */
    @Transactional
    DemocracyViews.BallotOutcome issueBallots(long id, List<String> idNumbers) {
        ElectionProcess p = get(id);
        if (p.getStatus() != ElectionProcess.Status.APPROVED) {
            throw new ConflictException(p.getStatus() == ElectionProcess.Status.VOTED || p.getStatus() == ElectionProcess.Status.CONFIRMED
                    ? "已登记投票结果，不能再发放选票" : "预备人选经上级工会审查同意后才能发放选票");
        }
        List<DemocracyViews.Refusal> refused = new ArrayList<>();
        Map<Long, String> entitled = new java.util.LinkedHashMap<>();
        Set<Long> roster = p.getMode() == ElectionProcess.Mode.CONGRESS
                ? membersCongresses.representativesOn(p.getUnionId(), LocalDate.now()).orElse(null) : null;
        for (String raw : new LinkedHashSet<>(idNumbers)) {
            String reason = refusal(p, raw, entitled, roster);
            if (reason != null) {
                refused.add(new DemocracyViews.Refusal(raw, reason));
            }
        }
        Set<Long> already = entitled.isEmpty() ? Set.of() : ballots.issuedAmong(id, entitled.keySet());
        String by = CurrentUsers.require().username();
        int issued = 0;
        for (var e : entitled.entrySet()) {
            if (already.contains(e.getKey())) {
                refused.add(new DemocracyViews.Refusal(e.getValue(), "已领取选票，不能重复领取"));
            } else {
                ballots.save(new Ballot(id, e.getKey(), by));
                issued++;
            }
        }
        ballots.flush();
        return new DemocracyViews.BallotOutcome(issued, ballots.countByProcessId(id), refused);
    }

    private String refusal(ElectionProcess p, String raw, Map<Long, String> entitled, Set<Long> roster) {
        String idNumber = IdNumbers.normalize(raw);
        if (idNumber == null || !IdNumbers.isValid(idNumber, LocalDate.now())) {
            return "身份证号码不正确";
        }
        try {
            MemberDirectory.Voter v = voter(p, idNumber, "idNumbers");
            if (v.reserved()) {
                return v.name() + "保留会籍：保留会籍期间不参加选举，不发选票";
            }
            if (roster != null && !roster.contains(v.memberId())) {
                return v.name() + "不是会员代表：会员代表大会选举只向在任代表发放选票";
            }
            if (entitled.putIfAbsent(v.memberId(), raw) != null) {
                return "重复";
            }
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    @Transactional
    ElectionProcess recordResult(long id, ElectionResultRequest r) {
        ElectionProcess p = get(id);
        p.requireVersion(r.version(), "该换届选举已被他人修改，请刷新后重试");
        if (r.votingOn().isAfter(LocalDate.now())
                || (p.getCandidatesApprovedOn() != null && r.votingOn().isBefore(p.getCandidatesApprovedOn()))) {
            throw new InvalidInputException("votingOn", "选举日期应在预备人选批复之后、今天之前");
        }
        int issued = (int) ballots.countByProcessId(id);
        int electorate = electorate(p, r);
        if (issued > electorate) {
            throw new InvalidInputException("electorate", "发出选票" + issued + "张，多于应到会有选举权的" + electorate + "人，请核对");
        }
        ElectionRules.checkQuorum(issued, electorate);
        ElectionRules.checkReturned(r.ballotsReturned(), issued);
        List<Candidate> all = candidates.findByProcessIdOrderByBodyAscIdAsc(id);
        Map<Long, Integer> votes = votes(r, all, r.ballotsReturned());
        for (Candidate.Body body : Candidate.Body.values()) {
            List<Candidate> running = all.stream().filter(c -> c.getBody() == body).toList();
            Set<Long> elected = ElectionRules.elect(running.stream()
                    .map(c -> new ElectionRules.Tally(c.getId(), c.getName(), votes.get(c.getId()))).toList(), p.seats(body), electorate);
            running.forEach(c -> c.counted(votes.get(c.getId()), elected.contains(c.getId())));
        }
        candidates.saveAllAndFlush(all);
        p.voted(r.votingOn(), electorate, issued, r.ballotsReturned());
        return processes.saveAndFlush(p);
    }

    private int electorate(ElectionProcess p, ElectionResultRequest r) {
        if (p.getMode() == ElectionProcess.Mode.ASSEMBLY) {
            return (int) members.electorate(p.getUnionId(), r.votingOn());
        }
        var roster = membersCongresses.representativesOn(p.getUnionId(), r.votingOn());
        if (roster.isPresent()) {
            return roster.get().size();
        }
        if (r.electorate() == null) {
            throw new InvalidInputException("electorate", "会员代表大会选举须填写应到会代表人数（或在“会员代表大会”中登记代表名单）");
        }
        return r.electorate();
    }

    private static Map<Long, Integer> votes(ElectionResultRequest r, List<Candidate> all, int returned) {
        Map<Long, Integer> votes = new java.util.HashMap<>();
        Set<Long> ids = all.stream().map(Candidate::getId).collect(Collectors.toSet());
        for (var v : r.votes()) {
            if (!ids.contains(v.candidateId())) {
                throw new InvalidInputException("votes", "候选人" + v.candidateId() + "不在本次选举的候选人名单中");
            }
            if (v.votes() > returned) {
                throw new InvalidInputException("votes", "得票数不能多于收回的选票数" + returned);
            }
            votes.put(v.candidateId(), v.votes());
        }
        all.stream().filter(c -> !votes.containsKey(c.getId())).findFirst().ifPresent(c -> {
            throw new InvalidInputException("votes", "请填写" + c.getName() + "的得票数");
        });
        return votes;
    }

    @Transactional
    ElectionProcess assignOffices(long id, OfficesRequest r) {
        ElectionProcess p = get(id);
        p.requireVersion(r.version(), "该换届选举已被他人修改，请刷新后重试");
        p.require(ElectionProcess.Status.VOTED, "须在登记投票结果之后、结果批复之前确定主席和副主席");
        List<Candidate> all = candidates.findByProcessIdOrderByBodyAscIdAsc(id);
        Map<Long, Candidate> byId = all.stream().collect(Collectors.toMap(Candidate::getId, Function.identity()));
        all.forEach(c -> c.office(null));
        elected(byId, r.chairId(), Candidate.Body.COMMITTEE, "工会主席须是当选的工会委员会委员").office(Candidate.Office.CHAIR);
        Set<Long> vices = new HashSet<>(r.viceChairIds() == null ? List.of() : r.viceChairIds());
        if (vices.contains(r.chairId())) {
            throw new InvalidInputException("viceChairIds", "主席不能同时为副主席");
        }
        vices.forEach(v -> elected(byId, v, Candidate.Body.COMMITTEE, "副主席须是当选的工会委员会委员").office(Candidate.Office.VICE_CHAIR));
        if (r.auditChairId() != null) {
            elected(byId, r.auditChairId(), Candidate.Body.AUDIT, "经费审查委员会主任须是当选的经审委员").office(Candidate.Office.CHAIR);
        }
        if (r.womensChairId() != null) {
            elected(byId, r.womensChairId(), Candidate.Body.WOMENS, "女职工委员会主任须是当选的女职委委员").office(Candidate.Office.CHAIR);
        }
        candidates.saveAllAndFlush(all);
        return p;
    }

    private static Candidate elected(Map<Long, Candidate> byId, Long candidateId, Candidate.Body body, String message) {
        Candidate c = byId.get(candidateId);
        if (c == null || c.getBody() != body || !c.isElected()) {
            throw new InvalidInputException("chairId", message);
        }
        return c;
    }

    /** The upper union approves the result: the term's election is held on the day of the vote with the elected committee. */
    @Transactional
    ElectionProcess confirm(long id, ResultApprovalRequest r) {
        ElectionProcess p = get(id);
        scopes.requireAbove(p.getUnionId(), "选举结果须报上一级工会批准，本工会不能自行批准");
        p.requireVersion(r.version(), "该换届选举已被他人修改，请刷新后重试");
        p.require(ElectionProcess.Status.VOTED, "须先登记投票结果");
        if (r.newTermYears() != 3 && r.newTermYears() != 5) {
            throw new InvalidInputException("newTermYears", "届期应为3年或5年");
        }
        if (r.approvedOn().isAfter(LocalDate.now()) || r.approvedOn().isBefore(p.getVotingOn())) {
            throw new InvalidInputException("approvedOn", "批复日期应在选举之后、今天之前");
        }
        List<Candidate> all = candidates.findByProcessIdOrderByBodyAscIdAsc(id);
        List<Candidate> committee = all.stream().filter(c -> c.getBody() == Candidate.Body.COMMITTEE && c.isElected()).toList();
        Candidate chair = committee.stream().filter(c -> c.getOffice() == Candidate.Office.CHAIR).findFirst()
                .orElseThrow(() -> new InvalidInputException("chairId", "报批前须确定工会主席"));
        String names = committee.stream().map(Candidate::getName).collect(Collectors.joining("、"));
        elections.hold(p.getElectionId(), p.getVotingOn(), r.newTermYears(), chair.getName(), names);
        p.confirm(r.reportNo().strip(), r.approvedOn(), r.newTermYears());
        List<Candidate> women = all.stream().filter(c -> c.getBody() == Candidate.Body.WOMENS && c.isElected()).toList();
        if (!women.isEmpty()) {
            String womensChair = women.stream().filter(c -> c.getOffice() == Candidate.Office.CHAIR).findFirst().orElse(women.get(0)).getName();
            womensWork.elected(p.getUnionId(), id, p.getVotingOn(), womensChair, women.stream().map(Candidate::getName).toList());
        }
        return processes.saveAndFlush(p);
    }

    private MemberDirectory.Voter voter(ElectionProcess p, String raw, String field) {
        String idNumber = IdNumbers.normalize(raw);
        return (idNumber == null ? Optional.<MemberDirectory.Voter>empty() : members.voterUnder(p.getUnionId(), idNumber))
                .orElseThrow(() -> new InvalidInputException(field, "不是本工会的在册会员"));
    }

    private static ElectionProcess.Mode mode(String raw) {
        return Arrays.stream(ElectionProcess.Mode.values()).filter(m -> m.name().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInputException("mode", "选举方式只能是会员大会（ASSEMBLY）或会员代表大会（CONGRESS）"));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    static String label(Candidate.Body body) {
        return switch (body) {
            case COMMITTEE -> "工会委员会委员";
            case AUDIT -> "经费审查委员会委员";
            case WOMENS -> "女职工委员会委员";
        };
    }
}
