package org.unionworks.org;

import java.time.LocalDate;

import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.web.BulkActions;
import org.unionworks.platform.web.BulkRequest;
import org.unionworks.platform.web.BulkResult;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.org.web.CensusAnswersRequest;
import org.unionworks.org.web.CensusProgress;
import org.unionworks.org.web.CensusRequest;
import org.unionworks.org.web.CensusReturnView;
import org.unionworks.org.web.CensusView;
import org.unionworks.platform.excel.ImportMode;
import org.unionworks.platform.excel.ImportJobView;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.excel.SpreadsheetImports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Census campaigns (摸底排查): launch, fill in, approve, follow progress, export and import returns. */
@RestController
class CensusController {

    static final java.util.List<String> EXPORT_HEADERS = java.util.List.of("工会编号", "工会名称", "所属区县", "填报状态",
            "是否成立工会委员会", "委员会人数", "本届开始日期", "本届届满日期", "会员人数", "职工人数", "是否建有职工之家",
            "是否召开职代会", "发现的问题", "填报日期", "填报人");

    private final CensusService service;
    private final CensusQueries queries;
    private final CensusReturnImport returnImport;
    private final UnionOrgRepository orgs;
    private final SpreadsheetImports imports;
    private final SpreadsheetExports exports;

    private final BulkActions bulk;
    private final CensusPrefill prefill;
    private final org.unionworks.platform.access.Scopes scopes;
    private final CensusQuestions questions;

    CensusController(CensusService service, CensusQueries queries, CensusReturnImport returnImport,
                     UnionOrgRepository orgs, SpreadsheetImports imports, SpreadsheetExports exports, BulkActions bulk,
                     CensusPrefill prefill, org.unionworks.platform.access.Scopes scopes, CensusQuestions questions) {
        this.questions = questions;
        this.bulk = bulk;
        this.prefill = prefill;
        this.scopes = scopes;
        this.service = service;
        this.queries = queries;
        this.returnImport = returnImport;
        this.orgs = orgs;
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/api/census")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    PageResponse<CensusView> list(Pageable pageable) {
        return PageResponse.of(queries.campaigns(pageable));
    }

    @PostMapping("/api/census")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    CensusView create(@Valid @RequestBody CensusRequest body) {
        Census c = service.create(body.unionId(), Texts.clean(body.name()), body.startsOn(), body.endsOn());
        return queries.campaign(c.getId());
    }

    /** The campaign with its progress by district, inside the viewer's subtree. */
    @GetMapping("/api/census/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    CensusProgress get(@PathVariable long id) {
        service.campaign(id);
        return queries.progress(id);
    }

    @PostMapping("/api/census/{id}/close")
    @PreAuthorize("hasAuthority('org:write')")
    CensusView close(@PathVariable long id) {
        service.close(id);
        return queries.campaign(id);
    }

    /** Returns of the viewer's subtree (or of {@code under}); status RETURNED lists all but the missing ones. */
    @GetMapping("/api/census/{id}/returns")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    PageResponse<CensusReturnView> returns(@PathVariable long id, @RequestParam(required = false) Long under,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String q, Pageable pageable) {
        service.campaign(id);
        return PageResponse.of(queries.returns(id, pathOf(under), status, q, pageable));
    }

    /** The answers the records give for a union's return (term, employees, members, 职工之家, 职代会), to start the form from. */
    @GetMapping("/api/census/{id}/returns/{unionId}/prefill")
    @PreAuthorize("hasAuthority('org:read')")
    org.unionworks.org.web.CensusPrefillView prefill(@PathVariable long id, @PathVariable long unionId) {
        service.campaign(id);
        scopes.requireVisible(unionId);
        return prefill.answers(unionId, LocalDate.now());
    }

    /** A union's return, filled in by itself or by an upper union for it; may be changed until approved. */
    @PutMapping("/api/census/{id}/returns/{unionId}")
    @PreAuthorize("hasAuthority('org:write')")
    CensusReturnView submit(@PathVariable long id, @PathVariable long unionId, @Valid @RequestBody CensusAnswersRequest a) {
        Map<String, java.math.BigDecimal> asked = new java.util.LinkedHashMap<>();
        if (a.questionAnswers() != null) {
            a.questionAnswers().stream().filter(q -> q.value() != null).forEach(q -> asked.put(q.code().strip(), q.value()));
        }
        CensusReturn r = service.submit(id, unionId, new CensusAnswers(a.hasCommittee(), a.committeeSize(),
                a.termStartsOn(), a.termEndsOn(), a.members(), a.employees(), a.hasWorkersHome(), a.holdsCongress(),
                Texts.blankToNull(a.problems()), CreditCodes.normalize(Texts.blankToNull(a.employerCreditCode()))), asked);
        return one(r);
    }

    /** 批量审核通过: each return as by its own 审核通过; the refusals listed. */
    @PostMapping("/api/census-returns/bulk-approve")
    @PreAuthorize("hasAuthority('org:write')")
    BulkResult bulkApprove(@Valid @RequestBody BulkRequest body) {
        return bulk.each(body.ids(), service::approve);
    }

    @PostMapping("/api/census-returns/{id}/approve")
    @PreAuthorize("hasAuthority('org:write')")
    CensusReturnView approve(@PathVariable long id) {
        return one(service.approve(id));
    }

    @GetMapping("/api/census/import/template")
    @PreAuthorize("hasAuthority('org:import')")
    void template(HttpServletResponse response) throws IOException {
        imports.template(returnImport.forCampaign(0), SpreadsheetExports.download(response, "摸底排查填报导入模板.xlsx"));
    }

    /** The template of one campaign: the fixed columns and one per question of its own. */
    @GetMapping("/api/census/{id}/import/template")
    @PreAuthorize("hasAuthority('org:import')")
    void campaignTemplate(@PathVariable long id, HttpServletResponse response) throws IOException {
        var campaign = service.campaign(id);
        imports.template(returnImport.forCampaign(id), SpreadsheetExports.download(response, campaign.name() + "-填报导入模板.xlsx"));
    }

    @PostMapping("/api/census/{id}/import")
    @PreAuthorize("hasAuthority('org:import')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView importReturns(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                @RequestParam(defaultValue = "false") boolean autoCommit) {
        service.campaign(id);
        return imports.start(returnImport.forCampaign(id), file, mode, autoCommit);
    }

    @GetMapping("/api/census/{id}/export")
    @PreAuthorize("hasAuthority('org:export')")
    @Transactional(readOnly = true)
    void export(@PathVariable long id, @RequestParam(required = false) Long under,
                @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        var campaign = service.campaign(id);
        String path = pathOf(under);
        var rows = new PagedIterator<>(page -> queries.returns(id, path, status, null, PageRequest.of(page, 1000)));
        Map<String, Object> filters = SpreadsheetExports.filters("census", id, "under", under, "status", status);
        var asked = questions.of(id);
        java.util.List<String> headers = new java.util.ArrayList<>(EXPORT_HEADERS);
        asked.forEach(q -> headers.add(q.header()));
        exports.write(SpreadsheetExports.download(response, campaign.name() + "-填报情况.xlsx"), "CensusReturn",
                "填报情况", headers, rows, r -> {
                    java.util.List<Object> row = new java.util.ArrayList<>(Arrays.asList(r.unionId(), r.unionName(), r.districtName(),
                            statusLabel(r.status()), yesNo(r.hasCommittee()), r.committeeSize(), r.termStartsOn(),
                            r.termEndsOn(), r.members(), r.employees(), yesNo(r.hasWorkersHome()), yesNo(r.holdsCongress()),
                            r.problems(), r.submittedOn(), r.submittedBy()));
                    asked.forEach(q -> row.add(exported(q, r.questionAnswers().get(q.code()))));
                    return row;
                }, filters);
    }

    private static Object exported(CensusQuestion q, java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        return q.kind() == CensusQuestion.Kind.YES_NO ? yesNo(v.signum() != 0) : v.stripTrailingZeros();
    }

    private CensusReturnView one(CensusReturn r) {
        return queries.returnById(r.getId());
    }

    private String pathOf(Long under) {
        if (under == null) {
            return queries.viewerPath();
        }
        return orgs.findById(under).map(UnionOrg::getPath)
                .orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("工会组织"));
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "PENDING" -> "未填报";
            case "SUBMITTED" -> "已填报待审核";
            default -> "已审核";
        };
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }
}
