package org.unionworks.democracy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.democracy.web.BallotsRequest;
import org.unionworks.democracy.web.CandidateRequest;
import org.unionworks.democracy.web.CandidatesReview;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.ElectionProcessRequest;
import org.unionworks.democracy.web.ElectionResultRequest;
import org.unionworks.democracy.web.OfficesRequest;
import org.unionworks.democracy.web.ResultApprovalRequest;
import org.unionworks.org.TermElections;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 换届选举 by the rules: candidates, their approval, ballots, the vote, offices and the result's approval. */
@RestController
class ElectionController {

    private final ElectionService service;
    private final ElectionProcessRepository processes;
    private final CandidateRepository candidates;
    private final BallotRepository ballots;
    private final TermElections elections;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;

    ElectionController(ElectionService service, ElectionProcessRepository processes, CandidateRepository candidates, BallotRepository ballots,
                       TermElections elections, Subtrees subtrees, OrgTree orgTree, SpreadsheetExports exports) {
        this.service = service;
        this.processes = processes;
        this.candidates = candidates;
        this.ballots = ballots;
        this.elections = elections;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    @GetMapping("/api/election-processes")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.ElectionProcessView> list(@RequestParam(required = false) Long under,
                                                          @RequestParam(required = false) String status,
                                                          @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        List<Specification<ElectionProcess>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (status != null && !status.isBlank()) {
            ElectionProcess.Status s = Arrays.stream(ElectionProcess.Status.values()).filter(x -> x.name().equals(status)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "没有这个办理状态"));
            parts.add((r, q, cb) -> cb.equal(r.get("status"), s));
        }
        var page = processes.findAll(Specification.allOf(parts), pageable);
        List<Long> ids = page.getContent().stream().map(ElectionProcess::getId).toList();
        var planned = elections.elections(page.getContent().stream().map(ElectionProcess::getElectionId).toList());
        java.util.Map<Long, Long> cast = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            ballots.countByProcessIds(ids).forEach(row -> cast.put((Long) row[0], (Long) row[1]));
        }
        return PageResponse.of(page.map(p -> view(p, planned.get(p.getElectionId()), cast.getOrDefault(p.getId(), 0L), List.of())));
    }

    @GetMapping("/api/election-processes/{id}")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    DemocracyViews.ElectionProcessView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/election-processes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView start(@Valid @RequestBody ElectionProcessRequest r) {
        return view(service.start(r));
    }

    @PutMapping("/api/election-processes/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView update(@PathVariable long id, @Valid @RequestBody ElectionProcessRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/election-processes/{id}/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView addCandidate(@PathVariable long id, @Valid @RequestBody CandidateRequest r) {
        service.addCandidate(id, r);
        return view(service.get(id));
    }

    @DeleteMapping("/api/election-processes/{id}/candidates/{candidateId}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView removeCandidate(@PathVariable long id, @PathVariable long candidateId) {
        service.removeCandidate(id, candidateId);
        return view(service.get(id));
    }

    @PostMapping("/api/election-processes/{id}/submission")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView submit(@PathVariable long id, @RequestParam Long version) {
        return view(service.submit(id, version));
    }

    @PostMapping("/api/election-processes/{id}/candidates-review")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView review(@PathVariable long id, @Valid @RequestBody CandidatesReview r) {
        return view(service.reviewCandidates(id, r));
    }

    @PostMapping("/api/election-processes/{id}/ballots")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.BallotOutcome issueBallots(@PathVariable long id, @Valid @RequestBody BallotsRequest r) {
        return service.issueBallots(id, r.idNumbers());
    }

    @PostMapping("/api/election-processes/{id}/result")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView result(@PathVariable long id, @Valid @RequestBody ElectionResultRequest r) {
        return view(service.recordResult(id, r));
    }

    @PostMapping("/api/election-processes/{id}/offices")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView offices(@PathVariable long id, @Valid @RequestBody OfficesRequest r) {
        return view(service.assignOffices(id, r));
    }

    @PostMapping("/api/election-processes/{id}/result-approval")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ElectionProcessView confirm(@PathVariable long id, @Valid @RequestBody ResultApprovalRequest r) {
        return view(service.confirm(id, r));
    }

    /** The tally sheet (计票结果): every candidate with votes, elected or not, and office. */
    @GetMapping("/api/election-processes/{id}/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        var v = view(service.get(id));
        exports.write(SpreadsheetExports.download(response, "选举结果.xlsx"), "ElectionProcess", v.unionName() + "第" + (v.termNo() + 1)
                        + "届选举结果", List.of("委员会", "姓名", "性别", "一线职工", "得票", "当选", "职务"),
                v.candidates().iterator(), c -> Arrays.asList(ElectionService.label(Candidate.Body.valueOf(c.body())), c.name(),
                        "FEMALE".equals(c.sex()) ? "女" : "男", c.frontline() ? "是" : "否", c.votes(), c.elected() ? "当选" : "",
                        c.office() == null ? "" : officeLabel(c)), SpreadsheetExports.filters("id", id));
    }

    private static String officeLabel(DemocracyViews.CandidateView c) {
        if (c.office().equals("VICE_CHAIR")) {
            return "副主席";
        }
        return c.body().equals("COMMITTEE") ? "主席" : "主任";
    }

    private DemocracyViews.ElectionProcessView view(ElectionProcess p) {
        long cast = p.getBallotsIssued() != null ? 0 : ballots.countByProcessId(p.getId());
        return view(p, elections.election(p.getElectionId()).orElseThrow(), cast, candidates.findByProcessIdOrderByBodyAscIdAsc(p.getId()));
    }

    /** The view of a process; {@code cast}: its ballots recorded one by one, shown until the count of ballots issued is entered. */
    private DemocracyViews.ElectionProcessView view(ElectionProcess p, TermElections.PlannedElection e, long cast, List<Candidate> named) {
        return new DemocracyViews.ElectionProcessView(p.getId(), p.getElectionId(), p.getUnionId(), orgTree.nameOf(p.getUnionId()).orElse(null),
                e.termNo(), e.termEndsOn(), e.deadline(), e.plannedOn(), e.approvalNo(), p.getMode().name(), p.getCommitteeSeats(),
                p.getAuditSeats(), p.getWomensSeats(), ElectionRules.requiredCandidates(p.getCommitteeSeats(), service.marginPercent()),
                p.getStatus().name(), p.getSubmittedOn(), p.getCandidatesApprovalNo(), p.getCandidatesApprovedOn(), p.getReturnComment(),
                p.getVotingOn(), p.getElectorate(), p.getBallotsIssued() != null ? p.getBallotsIssued() : cast,
                p.getBallotsReturned(), p.getResultReportNo(),
                p.getResultApprovedOn(), p.getNewTermYears(), named.stream().map(c -> new DemocracyViews.CandidateView(c.getId(),
                        c.getBody().name(), c.getName(), c.getSex(), c.isFrontline(), c.getVotes(), c.isElected(),
                        c.getOffice() == null ? null : c.getOffice().name())).toList(), p.getVersion());
    }
}
