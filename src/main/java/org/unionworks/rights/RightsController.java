package org.unionworks.rights;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Choices;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.rights.web.CaseRequest;
import org.unionworks.rights.web.RightsViews;
import org.unionworks.rights.web.StepRequest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Rights cases: register, steps, lists, the breakdown by kind and outcome, import and export. */
@RestController
class RightsController {

    static final List<String> EXPORT_HEADERS = List.of("案件编号", "类别", "涉及单位", "涉及职工人数", "获助职工人数", "诉求金额（元）",
            "追回金额（元）", "协同部门", "状态", "受理日期", "办结日期", "办理结果", "受理工会");

    private final RightsService service;
    private final RightsCaseRepository cases;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final JdbcClient jdbc;
    private final SpreadsheetExports exports;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    RightsController(RightsService service, RightsCaseRepository cases, Subtrees subtrees, OrgTree orgTree,
                     JdbcClient jdbc, SpreadsheetExports exports, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.service = service;
        this.cases = cases;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
        this.exports = exports;
    }

    @GetMapping("/api/rights/cases")
    @PreAuthorize("hasAuthority('rights:read')")
    @Transactional(readOnly = true)
    PageResponse<RightsViews.Case> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                           @RequestParam(required = false) String status, @RequestParam(required = false) Long campaignId,
                                           @RequestParam(required = false) String q,
                                           @PageableDefault(sort = "acceptedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(cases.findAll(filter(under, kind, status, campaignId, q), pageable).map(this::view));
    }

    @GetMapping("/api/rights/cases/{id}")
    @PreAuthorize("hasAuthority('rights:read')")
    @Transactional(readOnly = true)
    RightsViews.Case get(@PathVariable long id) {
        var steps = service.steps(id).stream().map(s -> new RightsViews.Step(s.getStepOn(), s.getStatus().name(), s.getNote(),
                String.valueOf(s.getDoneBy()))).toList();
        return view(service.get(id), steps);
    }

    @PostMapping("/api/rights/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.Case create(@Valid @RequestBody CaseRequest body) {
        if (body.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择受理工会");
        }
        return view(service.accept(body.unionId(), fields(body)));
    }

    @PutMapping("/api/rights/cases/{id}")
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.Case update(@PathVariable long id, @Valid @RequestBody CaseRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), fields(body)));
    }

    @PostMapping("/api/rights/cases/{id}/steps")
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.Case step(@PathVariable long id, @Valid @RequestBody StepRequest body) {
        return view(service.step(id, body.status(), body.on(), Texts.clean(body.note()), body.amountRecovered(),
                body.workersHelped()));
    }

    @GetMapping("/api/rights/cases/export")
    @PreAuthorize("hasAuthority('rights:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) Long campaignId,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Specification<RightsCase> spec = filter(under, kind, status, campaignId, q);
        var rows = new PagedIterator<>(page -> cases.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "kind", kind, "status", status, "campaignId", campaignId);
        exports.write(SpreadsheetExports.download(response, "维权案件.xlsx"), "RightsCase", "维权案件", EXPORT_HEADERS, rows,
                c -> Arrays.asList(c.getId(), c.getKind(), c.getEmployerName(), c.getWorkersCount(), c.getWorkersHelped(),
                        c.getAmountClaimed(), c.getAmountRecovered(), c.getPartnerAgency(), c.getStatus().name(), c.getAcceptedOn(),
                        c.getClosedOn(), c.getOutcome(), orgTree.nameOf(c.getUnionId()).orElse(null)), filters);
    }

    private Specification<RightsCase> filter(Long under, String kind, String status, Long campaignId, String q) {
        List<Specification<RightsCase>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (kind != null && !kind.isBlank()) {
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), kind));
        }
        if (status != null && !status.isBlank()) {
            parts.add((r, query, cb) -> cb.equal(r.get("status"), caseStatus(status)));
        }
        if (campaignId != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("campaignId"), campaignId));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("employerName"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    static CaseFields fields(CaseRequest r) {
        List<CaseWorker> workers = r.workers() == null ? List.of() : r.workers().stream()
                .map(w -> new CaseWorker(Texts.clean(w.name()), IdNumbers.normalize(Texts.blankToNull(w.idNumber())))).toList();
        return new CaseFields(Texts.blankToNull(r.kind()), Texts.clean(r.employerName()), r.workersCount(),
                r.amountClaimed() == null ? java.math.BigDecimal.ZERO : r.amountClaimed(), Texts.blankToNull(r.partnerAgency()),
                r.campaignId(), r.acceptedOn(), Texts.blankToNull(r.summary()), workers);
    }

    RightsViews.Case view(RightsCase c) {
        return view(c, null);
    }

    private RightsViews.Case view(RightsCase c, List<RightsViews.Step> steps) {
        var workers = c.getWorkers().stream().map(w -> new RightsViews.CaseWorkerView(w.getName(),
                w.getIdNumber() == null ? "" : IdNumbers.mask(w.getIdNumber()))).toList();
        return new RightsViews.Case(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getKind(),
                c.getEmployerName(), c.getWorkersCount(), c.getWorkersHelped(), c.getAmountClaimed(), c.getAmountRecovered(),
                c.getPartnerAgency(), c.getCampaignId(), c.getStatus().name(), c.getAcceptedOn(), c.getClosedOn(), c.getOutcome(),
                c.getSummary(), workers, c.getVersion(), steps);
    }

    private static CaseStatus caseStatus(String status) {
        return Choices.of(CaseStatus.class, status, "status", "案件状态只能是 ACCEPTED、IN_PROGRESS、CLOSED 或 TERMINATED");
    }
}
