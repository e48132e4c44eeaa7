package org.unionworks.assist;

import java.io.IOException;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.assist.web.AidRequest;
import org.unionworks.assist.web.AssistViews;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.DateRange;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.WithdrawRequest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Aid records of a subtree over a period, listed and exported (totals per kind by the figures). */
@RestController
class AidRecordController {

    static final List<String> EXPORT_HEADERS = List.of("档案编号", "职工姓名", "受助人", "帮扶类别", "帮扶日期", "金额（元）", "资金来源",
            "经办人", "所属工会", "备注");

    private final AidRecordRepository aid;
    private final HardshipFileRepository files;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final AidService service;

    AidRecordController(AidRecordRepository aid, HardshipFileRepository files, Subtrees subtrees, OrgTree orgTree,
                        Dictionaries dictionaries, SpreadsheetExports exports, AidService service) {
        this.service = service;
        this.aid = aid;
        this.files = files;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
    }

    @GetMapping("/api/aid-records")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    PageResponse<AssistViews.AidRecord> list(@RequestParam(required = false) Long under,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) String kind,
                                           @PageableDefault(sort = "aidOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(aid.findAll(filter(under, from, to, kind), pageable).map(this::view));
    }

    @PutMapping("/api/aid-records/{id}")
    @PreAuthorize("hasAuthority('assist:write')")
    AssistViews.AidRecord correct(@PathVariable long id, @Valid @RequestBody AidRequest body) {
        return view(service.correct(id, body));
    }

    @PostMapping("/api/aid-records/{id}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('assist:write')")
    void withdraw(@PathVariable long id, @Valid @RequestBody WithdrawRequest body) {
        service.withdraw(id, body.reason());
    }

    @GetMapping("/api/aid-records/export")
    @PreAuthorize("hasAuthority('assist:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String kind, HttpServletResponse response) throws IOException {
        Specification<AidRecord> spec = filter(under, from, to, kind);
        var rows = new PagedIterator<>(page -> aid.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "from", from, "to", to, "kind", kind);
        exports.write(SpreadsheetExports.download(response, "帮扶记录.xlsx"), "AidRecord", "帮扶记录", EXPORT_HEADERS, rows, a -> {
            AssistViews.AidRecord v = view(a);
            return Arrays.asList(v.fileId(), v.workerName(), v.beneficiary(), v.kindLabel(), a.getAidOn(), a.getAmount(),
                    a.getFundSource(), a.getHandledBy(), v.unionName(), a.getNote());
        }, filters);
    }

    private Specification<AidRecord> filter(Long under, LocalDate from, LocalDate to, String kind) {
        List<Specification<AidRecord>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        parts.add(DateRange.of("aidOn", from, to));
        if (kind != null && !kind.isBlank()) {
            parts.add((r, q, cb) -> cb.equal(r.get("kind"), kind));
        }
        return Specification.allOf(parts);
    }

    private AssistViews.AidRecord view(AidRecord a) {
        String worker = a.getFileId() == null ? "（临时救助）"
                : files.findById(a.getFileId()).map(HardshipFile::getWorkerName).orElse(null);
        return new AssistViews.AidRecord(a.getId(), a.getFileId(), worker, a.getKind(),
                dictionaries.label("aid_kind", a.getKind()).orElse(a.getKind()), a.getAidOn(), a.getAmount(), a.getFundSource(),
                a.getHandledBy(), orgTree.nameOf(a.getUnionId()).orElse(null), a.getNote(), a.getBeneficiary(),
                a.getReliefId() != null, a.getVersion());
    }
}
