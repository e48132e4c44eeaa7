package org.unionworks.funds;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
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
import org.unionworks.funds.web.AuditStepRequest;
import org.unionworks.funds.web.FindingRequest;
import org.unionworks.funds.web.FundsAuditRequest;
import org.unionworks.funds.web.FundsViews;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 经费审查: the year's audit plan of the subtree, each audit's steps and report, its findings and where their rectification stands. */
@RestController
class FundsAuditController {

    private final FundsAuditService service;
    private final FundsAuditRepository audits;
    private final AuditFindingRepository findings;
    private final ProblemLedger ledger;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final FileStore files;
    private final SpreadsheetExports exports;

    FundsAuditController(FundsAuditService service, FundsAuditRepository audits, AuditFindingRepository findings, ProblemLedger ledger,
                    Subtrees subtrees, OrgTree orgTree, FileStore files, SpreadsheetExports exports) {
        this.service = service;
        this.audits = audits;
        this.findings = findings;
        this.ledger = ledger;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.files = files;
        this.exports = exports;
    }

    @GetMapping("/api/funds-audits")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    PageResponse<FundsViews.AuditView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String status,
                                            @PageableDefault(sort = "plannedMonth", direction = Sort.Direction.ASC) Pageable pageable) {
        var page = audits.findAll(filter(under, year, status), pageable);
        Views views = views(page.getContent());
        return PageResponse.of(page.map(views::view));
    }

    @PostMapping("/api/funds-audits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AuditView plan(@Valid @RequestBody FundsAuditRequest r) {
        return one(service.plan(r));
    }

    @PutMapping("/api/funds-audits/{id}")
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AuditView update(@PathVariable long id, @Valid @RequestBody FundsAuditRequest r) {
        return one(service.update(id, r));
    }

    @PostMapping("/api/funds-audits/{id}/start")
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AuditView start(@PathVariable long id, @Valid @RequestBody AuditStepRequest r) {
        return one(service.start(id, r));
    }

    @PostMapping("/api/funds-audits/{id}/report")
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AuditView report(@PathVariable long id, @Valid @RequestBody AuditStepRequest r) {
        return one(service.report(id, r));
    }

    @DeleteMapping("/api/funds-audits/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('funds:write')")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @GetMapping("/api/funds-audits/{id}/findings")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    List<FundsViews.FindingView> findings(@PathVariable long id) {
        service.get(id);
        List<AuditFinding> found = findings.findByAuditIdOrderById(id);
        Map<Long, ProblemLedger.Progress> progress = ledger.progress(found.stream().map(AuditFinding::getRectificationId).toList());
        return found.stream().map(f -> view(f, progress.get(f.getRectificationId()))).toList();
    }

    @PostMapping("/api/funds-audits/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.FindingView find(@PathVariable long id, @Valid @RequestBody FindingRequest r) {
        AuditFinding f = service.find(id, r);
        return view(f, ledger.progress(List.of(f.getRectificationId())).get(f.getRectificationId()));
    }

    @GetMapping("/api/funds-audits/export")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        var spec = filter(under, year, status);
        var rows = new PagedIterator<>(page -> audits.findAll(spec, PageRequest.of(page, 1000, Sort.by("plannedMonth", "id"))));
        exports.write(SpreadsheetExports.download(response, "经费审查计划和项目.xlsx"), "FundsAudit", "经费审查计划和项目",
                List.of("年度", "计划月份", "被审查单位", "审查类型", "项目", "审查范围", "审查期间", "审查人员", "状态", "开始日期", "报告日期", "发现问题",
                        "已整改", "审查结论"), rows, a -> {
                    var v = views(List.of(a)).view(a);
                    return Arrays.asList(v.year(), v.plannedMonth(), v.unionName(), a.getKind().label, v.project(), v.scope(),
                            v.coversFrom() + " 至 " + v.coversTo(), v.auditors(), a.getStatus().label, v.startedOn(), v.finishedOn(), v.findings(),
                            v.rectified(), v.conclusion());
                }, SpreadsheetExports.filters("under", under, "year", year, "status", status));
    }

    private Specification<FundsAudit> filter(Long under, Integer year, String status) {
        List<Specification<FundsAudit>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (year != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("auditYear"), year));
        }
        if (status != null && !status.isBlank()) {
            var s = Arrays.stream(FundsAudit.Status.values()).filter(x -> x.name().equals(status)).findFirst()
                    .orElseThrow(() -> new org.unionworks.platform.error.InvalidInputException("status", "没有这种状态"));
            parts.add((r, q, cb) -> cb.equal(r.get("status"), s));
        }
        return Specification.allOf(parts);
    }

    private FundsViews.AuditView one(FundsAudit a) {
        return views(List.of(a)).view(a);
    }

    /** The page's findings and their rectification, read once for the page. */
    private Views views(List<FundsAudit> page) {
        List<AuditFinding> found = findings.findByAuditIdIn(page.stream().map(FundsAudit::getId).toList());
        Map<Long, ProblemLedger.Progress> progress = ledger.progress(found.stream().map(AuditFinding::getRectificationId).toList());
        Map<Long, int[]> counts = new HashMap<>();
        for (AuditFinding f : found) {
            int[] c = counts.computeIfAbsent(f.getAuditId(), k -> new int[2]);
            c[0]++;
            ProblemLedger.Progress p = progress.get(f.getRectificationId());
            c[1] += p != null && p.rectified() ? 1 : 0;
        }
        Map<String, String> fileNames = new HashMap<>();
        files.describe(page.stream().map(FundsAudit::getReportFile).filter(java.util.Objects::nonNull).toList())
                .forEach(f -> fileNames.put(f.id(), f.filename()));
        return new Views(counts, fileNames);
    }

    private final class Views {
        private final Map<Long, int[]> counts;
        private final Map<String, String> fileNames;

        Views(Map<Long, int[]> counts, Map<String, String> fileNames) {
            this.counts = counts;
            this.fileNames = fileNames;
        }

        FundsViews.AuditView view(FundsAudit a) {
            int[] c = counts.getOrDefault(a.getId(), new int[2]);
            return new FundsViews.AuditView(a.getId(), a.getUnionId(), orgTree.nameOf(a.getUnionId()).orElse(null), a.getAuditorUnionId(),
                    orgTree.nameOf(a.getAuditorUnionId()).orElse(null), a.getAuditYear(), a.getKind().name(), a.getProject(), a.getAuditScope(),
                    a.getCoversFrom(), a.getCoversTo(), a.getAuditors(), YearMonth.from(a.getPlannedMonth()).toString(), a.getStartedOn(),
                    a.getFinishedOn(), a.getStatus().name(), a.getReportFile(), a.getReportFile() == null ? null : fileNames.get(a.getReportFile()),
                    a.getConclusion(), c[0], c[1], a.getVersion());
        }
    }

    private static FundsViews.FindingView view(AuditFinding f, ProblemLedger.Progress p) {
        return new FundsViews.FindingView(f.getId(), f.getAuditId(), f.getCategory(), f.getDescription(), f.getAmount(), f.getRectificationId(),
                p == null ? null : p.status(), p == null ? null : p.deadline(), p == null ? null : p.doneOn(), f.getFoundOn());
    }
}
