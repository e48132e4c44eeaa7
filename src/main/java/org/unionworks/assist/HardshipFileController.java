package org.unionworks.assist;

import org.unionworks.platform.web.BulkActions;
import org.unionworks.platform.web.BulkRequest;
import org.unionworks.platform.web.BulkResult;
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
import org.unionworks.assist.web.AidRequest;
import org.unionworks.assist.web.AssistViews;
import org.unionworks.assist.web.BackfillRequest;
import org.unionworks.assist.web.ReturnRequest;
import org.unionworks.assist.web.ExitRequest;
import org.unionworks.assist.web.FileRequest;
import org.unionworks.assist.web.FileView;
import org.unionworks.assist.web.ReviewRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The archive: files, their approval, reviews, exit, aid, and the lists and exports around them. */
@RestController
class HardshipFileController {

    static final List<String> EXPORT_HEADERS = List.of("档案编号", "职工姓名", "身份证号", "所属工会", "困难类别", "主要致困原因",
            "职工身份", "家庭人口", "家庭月收入", "人均月收入", "低保标准", "符合建档标准", "状态", "建档日期", "下次复核", "退出原因",
            "退出日期", "累计帮扶金额");

    private final HardshipFileService service;
    private final AidService aid;
    private final HardshipFileRepository files;
    private final Subtrees subtrees;
    private final JdbcClient jdbc;
    private final SpreadsheetExports exports;
    private final FileViews views;
    private final org.unionworks.platform.audit.AuditService audit;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    private final BulkActions bulk;

    HardshipFileController(HardshipFileService service, AidService aid, HardshipFileRepository files,
                           Subtrees subtrees, JdbcClient jdbc, SpreadsheetExports exports,
                           FileViews views, org.unionworks.platform.audit.AuditService audit, org.unionworks.platform.access.SqlScopes sqlScopes, BulkActions bulk) {
        this.bulk = bulk;
        this.sqlScopes = sqlScopes;
        this.audit = audit;
        this.views = views;
        this.service = service;
        this.aid = aid;
        this.files = files;
        this.subtrees = subtrees;
        this.jdbc = jdbc;
        this.exports = exports;
    }

    /** {@code list}: STALE (not changed for a year), NEVER_AIDED, REVIEW_DUE. */
    @GetMapping("/api/hardship-files")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    PageResponse<FileView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                @RequestParam(required = false) String status, @RequestParam(required = false) String category,
                                @RequestParam(required = false) String list,
                                @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(files.findAll(filter(under, q, status, category, list), pageable).map(this::view));
    }

    @GetMapping("/api/hardship-files/{id}")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    FileView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/hardship-files")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:write')")
    FileView create(@Valid @RequestBody FileRequest body) {
        if (body.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择建档工会");
        }
        return view(service.submit(body.unionId(), fields(body)));
    }

    @PostMapping("/api/hardship-files/backfill")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:write')")
    FileView backfill(@Valid @RequestBody BackfillRequest body) {
        if (body.file().unionId() == null) {
            throw new InvalidInputException("unionId", "请选择建档工会");
        }
        HardshipFileService.Exit exit = body.exited()
                ? new HardshipFileService.Exit(body.exitReason(), body.exitOn(), Texts.blankToNull(body.exitNote())) : null;
        return view(service.backfill(body.file().unionId(), fields(body.file()), body.filedOn(), exit));
    }

    @PutMapping("/api/hardship-files/{id}")
    @PreAuthorize("hasAuthority('assist:write')")
    FileView update(@PathVariable long id, @Valid @RequestBody FileRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), fields(body)));
    }

    @PostMapping("/api/hardship-files/{id}/approve")
    @PreAuthorize("hasAuthority('assist:write')")
    FileView approve(@PathVariable long id) {
        return view(service.approve(id));
    }

    /** 批量审批通过: each file as by its own 审批通过 (maker-checker and audit per file); the refusals listed. */
    @PostMapping("/api/hardship-files/bulk-approve")
    @PreAuthorize("hasAuthority('assist:write')")
    BulkResult bulkApprove(@Valid @RequestBody BulkRequest body) {
        return bulk.each(body.ids(), service::approve);
    }

    /** 批量退回 with one note for all. */
    @PostMapping("/api/hardship-files/bulk-return")
    @PreAuthorize("hasAuthority('assist:write')")
    BulkResult bulkReturn(@Valid @RequestBody BulkRequest body) {
        String note = Texts.required(body.note(), "note", "退回原因");
        return bulk.each(body.ids(), id -> service.returnForCorrection(id, note));
    }

    @PostMapping("/api/hardship-files/{id}/return")
    @PreAuthorize("hasAuthority('assist:write')")
    FileView returnFile(@PathVariable long id, @Valid @RequestBody ReturnRequest body) {
        return view(service.returnForCorrection(id, Texts.clean(body.note())));
    }

    @PostMapping("/api/hardship-files/{id}/reviews")
    @PreAuthorize("hasAuthority('assist:write')")
    FileView review(@PathVariable long id, @Valid @RequestBody ReviewRequest body) {
        aid.review(id, body.reviewedOn(), body.monthlyIncome(), Texts.clean(body.situation()));
        return view(service.get(id));
    }

    @GetMapping("/api/hardship-files/{id}/reviews")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    List<AssistViews.Review> reviews(@PathVariable long id) {
        service.get(id);
        return aid.reviewsOf(id).stream().map(r -> new AssistViews.Review(r.getId(), r.getReviewedOn(), r.getMonthlyIncome(),
                r.getSituation(), String.valueOf(r.getReviewedBy()))).toList();
    }

    @PostMapping("/api/hardship-files/{id}/exit")
    @PreAuthorize("hasAuthority('assist:write')")
    FileView exit(@PathVariable long id, @Valid @RequestBody ExitRequest body) {
        return view(service.exit(id, body.reason(), body.on(), Texts.blankToNull(body.note())));
    }

    @GetMapping("/api/hardship-files/{id}/aid")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    List<AssistViews.FileAid> aidOf(@PathVariable long id) {
        service.get(id);
        return aid.of(id).stream().map(a -> new AssistViews.FileAid(a.getId(), a.getKind(), a.getAidOn(), a.getAmount(),
                a.getFundSource(), a.getHandledBy(), a.getNote(), a.getBeneficiary(), a.getVersion())).toList();
    }

    @PostMapping("/api/hardship-files/{id}/aid")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:write')")
    FileView giveAid(@PathVariable long id, @Valid @RequestBody AidRequest body) {
        aid.give(id, body);
        return view(service.get(id));
    }

    @GetMapping("/api/hardship-files/export")
    @PreAuthorize("hasAuthority('assist:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String category,
                @RequestParam(required = false) String list, HttpServletResponse response) throws IOException {
        Specification<HardshipFile> spec = filter(under, q, status, category, list);
        var rows = new PagedIterator<>(page -> files.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "q", q, "status", status, "category", category, "list", list);
        exports.write(SpreadsheetExports.download(response, "困难职工档案.xlsx"), "HardshipFile", "困难职工档案", EXPORT_HEADERS,
                rows, f -> {
                    FileView v = view(f);
                    return Arrays.asList(v.id(), v.workerName(), v.idNumber(), v.unionName(), v.category(), v.mainCause(),
                            v.identity(), v.householdSize(), v.monthlyIncome(), v.incomePerHead(), v.livingStandard(),
                            v.meetsStandard() ? "是" : "否", v.status(), v.filedOn(), v.nextReviewDue(), v.exitReason(),
                            v.exitOn(), v.aidTotal());
                }, filters);
    }

    private Specification<HardshipFile> filter(Long under, String q, String status, String category, String list) {
        List<Specification<HardshipFile>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        boolean mayReveal = CurrentUsers.require().can("assist:reveal");
        if (mayReveal && FileSearch.revealing(q)) {
            audit.record(org.unionworks.platform.audit.AuditAction.REVEAL, "HardshipFile", null,
                    "按证件号查询困难职工档案：" + org.unionworks.platform.validation.IdNumbers.mask(Texts.normalize(q)), Map.of());
        }
        parts.add(FileSearch.of(q, status, category, list, mayReveal));
        return Specification.allOf(parts);
    }

    static FileFields fields(FileRequest r) {
        List<Household> household = r.household() == null ? List.of() : r.household().stream()
                .map(h -> new Household(Texts.clean(h.name()), Texts.clean(h.relation()),
                        IdNumbers.normalize(Texts.blankToNull(h.idNumber())), Texts.blankToNull(h.health()),
                        Texts.blankToNull(h.employment()), h.monthlyIncome()))
                .toList();
        return new FileFields(Texts.clean(r.workerName()), IdNumbers.normalize(r.idNumber()), Texts.blankToNull(r.divisionCode()),
                Texts.blankToNull(r.category()), Texts.blankToNull(r.mainCause()), Texts.blankToNull(r.secondaryCauses()),
                Texts.blankToNull(r.identity()), Boolean.TRUE.equals(r.modelWorker()), Texts.blankToNull(r.housing()),
                Texts.blankToNull(r.bankAccount()), r.householdSize(), r.monthlyIncome(),
                r.monthsBelowStandard() == null ? 0 : r.monthsBelowStandard(), Texts.blankToNull(r.justification()), household);
    }

    FileView view(HardshipFile f) {
        return views.of(f);
    }
}
