package org.unionworks.democracy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.unionworks.democracy.web.CongressRequest;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.DisclosureRequest;
import org.unionworks.democracy.web.ProposalHandlingRequest;
import org.unionworks.democracy.web.ProposalRequest;
import org.unionworks.democracy.web.SessionRequest;
import org.unionworks.democracy.web.TerminationRequest;
import org.unionworks.figures.Figures;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 职代会 (systems, sessions, proposals) and 厂务公开 items: list, record, handle, export. */
@RestController
class CongressController {

    private final CongressService service;
    private final WorkersCongressRepository congresses;
    private final CongressSessionRepository sessions;
    private final CongressProposalRepository proposals;
    private final DisclosureRepository disclosures;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;

    CongressController(CongressService service, WorkersCongressRepository congresses, CongressSessionRepository sessions,
                       CongressProposalRepository proposals, DisclosureRepository disclosures, Subtrees subtrees, OrgTree orgTree,
                       OrgDirectory orgs, Dictionaries dictionaries, SpreadsheetExports exports) {
        this.service = service;
        this.congresses = congresses;
        this.sessions = sessions;
        this.proposals = proposals;
        this.disclosures = disclosures;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
        this.exports = exports;
    }

    @GetMapping("/api/workers-congresses")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.Congress> list(@RequestParam(required = false) Long under,
                                               @PageableDefault(sort = "establishedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = congresses.findAll(subtrees.<WorkersCongress>under(under == null ? CurrentUsers.require().unionId() : under), pageable);
        Map<Long, String> names = orgs.employerNames(page.map(WorkersCongress::getEmployerId).getContent());
        Map<Long, Summary> summaries = summaries(page.map(WorkersCongress::getId).getContent());
        return PageResponse.of(page.map(c -> view(c, names, summaries.getOrDefault(c.getId(), Summary.NONE))));
    }

    @GetMapping("/api/workers-congresses/{id}")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    DemocracyViews.Congress get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/workers-congresses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Congress establish(@Valid @RequestBody CongressRequest r) {
        return view(service.establish(r));
    }

    @PutMapping("/api/workers-congresses/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Congress update(@PathVariable long id, @Valid @RequestBody CongressRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/workers-congresses/{id}/abolish")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Congress abolish(@PathVariable long id, @Valid @RequestBody TerminationRequest r) {
        return view(service.abolish(id, r.on(), r.version()));
    }

    @GetMapping("/api/workers-congresses/{id}/sessions")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    List<DemocracyViews.Session> sessions(@PathVariable long id) {
        service.get(id);
        return sessions.findByCongressIdOrderByHeldOnDesc(id).stream().map(this::view).toList();
    }

    @PostMapping("/api/workers-congresses/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Session addSession(@PathVariable long id, @Valid @RequestBody SessionRequest r) {
        return view(service.saveSession(id, null, r));
    }

    @PutMapping("/api/workers-congresses/{id}/sessions/{sessionId}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Session updateSession(@PathVariable long id, @PathVariable long sessionId, @Valid @RequestBody SessionRequest r) {
        return view(service.saveSession(id, sessionId, r));
    }

    @PostMapping("/api/congress-sessions/{sessionId}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Proposal addProposal(@PathVariable long sessionId, @Valid @RequestBody ProposalRequest r) {
        return view(service.saveProposal(sessionId, null, r));
    }

    @PutMapping("/api/congress-sessions/{sessionId}/proposals/{proposalId}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Proposal updateProposal(@PathVariable long sessionId, @PathVariable long proposalId, @Valid @RequestBody ProposalRequest r) {
        return view(service.saveProposal(sessionId, proposalId, r));
    }

    @PostMapping("/api/congress-sessions/{sessionId}/proposals/{proposalId}/handle")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Proposal handle(@PathVariable long sessionId, @PathVariable long proposalId, @Valid @RequestBody ProposalHandlingRequest r) {
        return view(service.handle(sessionId, proposalId, r));
    }

    @GetMapping("/api/disclosures")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.DisclosureItem> disclosures(@RequestParam(required = false) Long under,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                            @PageableDefault(sort = "publishedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = disclosures.findAll(disclosureFilter(under, from, to), pageable);
        Map<Long, String> names = orgs.employerNames(page.map(Disclosure::getEmployerId).getContent());
        return PageResponse.of(page.map(d -> view(d, names)));
    }

    @PostMapping("/api/disclosures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.DisclosureItem disclose(@Valid @RequestBody DisclosureRequest r) {
        Disclosure d = service.disclose(r);
        return view(d, orgs.employerNames(List.of(d.getEmployerId())));
    }

    @DeleteMapping("/api/disclosures/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('democracy:write')")
    void withdraw(@PathVariable long id) {
        service.withdraw(id);
    }

    @GetMapping("/api/disclosures/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void exportDisclosures(@RequestParam(required = false) Long under,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           HttpServletResponse response) throws IOException {
        var spec = disclosureFilter(under, from, to);
        var rows = new PagedIterator<>(page -> disclosures.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "厂务公开.xlsx"), "Disclosure", "厂务公开", List.of("公开日期", "单位", "公开形式", "公开事项",
                "所属工会"), rows, d -> {
                    var v = view(d, orgs.employerNames(List.of(d.getEmployerId())));
                    return Arrays.asList(v.publishedOn(), v.employerName(), dictionaries.label("disclosure_channel", v.channel()).orElse(v.channel()),
                            v.subject(), v.unionName());
                }, SpreadsheetExports.filters("under", under, "from", from, "to", to));
    }

    private Specification<Disclosure> disclosureFilter(Long under, LocalDate from, LocalDate to) {
        List<Specification<Disclosure>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (from != null) {
            parts.add((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("publishedOn"), from));
        }
        if (to != null) {
            parts.add((r, q, cb) -> cb.lessThanOrEqualTo(r.get("publishedOn"), to));
        }
        return Specification.allOf(parts);
    }

    /** What the list shows of a congress's sessions: how many, the last day held, proposals not yet closed. */
    private record Summary(long sessions, LocalDate lastHeldOn, long openProposals) {
        static final Summary NONE = new Summary(0, null, 0);
    }

    private Map<Long, Summary> summaries(List<Long> congressIds) {
        Map<Long, Summary> summaries = new java.util.HashMap<>();
        if (!congressIds.isEmpty()) {
            sessions.summaries(congressIds).forEach(r -> summaries.put((Long) r[0], new Summary(((Number) r[1]).longValue(), (LocalDate) r[2],
                    ((Number) r[3]).longValue())));
        }
        return summaries;
    }

    private DemocracyViews.Congress view(WorkersCongress c) {
        return view(c, orgs.employerNames(List.of(c.getEmployerId())), summaries(List.of(c.getId())).getOrDefault(c.getId(), Summary.NONE));
    }

    private DemocracyViews.Congress view(WorkersCongress c, Map<Long, String> names, Summary summary) {
        return new DemocracyViews.Congress(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getEmployerId(),
                names.get(c.getEmployerId()), c.getForm().name(), c.getEstablishedOn(), c.getRepresentatives(), c.getAbolishedOn(),
                summary.sessions(), summary.lastHeldOn(), summary.openProposals(), c.getVersion());
    }

    private DemocracyViews.Session view(CongressSession s) {
        return new DemocracyViews.Session(s.getId(), s.getHeldOn(), s.getTitle(), s.getExpected(), s.getPresent(), s.getFrontline(), s.getWomen(),
                share(s.getFrontline(), s.getPresent()), share(s.getWomen(), s.getPresent()), s.getResolutions(), s.getContractId(), s.getVotesFor(),
                s.getVotesAgainst(), s.getAbstentions(), s.contractAdopted(),
                proposals.findBySessionIdOrderById(s.getId()).stream().map(CongressController::view).toList(), s.getVersion());
    }

    private static BigDecimal share(Integer part, int whole) {
        return part == null || whole == 0 ? null : Figures.percent(part, whole);
    }

    private static DemocracyViews.Proposal view(CongressProposal p) {
        return new DemocracyViews.Proposal(p.getId(), p.getTitle(), p.getProposer(), p.getCategory(), p.getStatus().name(), p.getHandledOn(),
                p.getHandling(), p.getVersion());
    }

    private DemocracyViews.DisclosureItem view(Disclosure d, Map<Long, String> names) {
        return new DemocracyViews.DisclosureItem(d.getId(), d.getUnionId(), orgTree.nameOf(d.getUnionId()).orElse(null), d.getEmployerId(),
                names.get(d.getEmployerId()), d.getPublishedOn(), d.getChannel(), d.getSubject());
    }
}
