package org.unionworks.democracy;

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
import org.unionworks.democracy.web.ContractRequest;
import org.unionworks.democracy.web.CoveredEmployerRequest;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.FilingRequest;
import org.unionworks.democracy.web.SigningRequest;
import org.unionworks.democracy.web.TerminationRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 集体合同 register: list (by kind, status, in force on a day), negotiate, sign, file, terminate, renew, covered employers, export. */
@RestController
class ContractController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "合同名称", "类别", "覆盖范围", "协商工会", "要约日期", "要约方", "协商轮次", "状态",
            "签订日期", "生效日期", "终止日期", "覆盖单位数", "覆盖职工人数", "工资增幅（%）", "备案日期", "备案编号", "备案机关", "提前终止日期");

    private final ContractService service;
    private final CollectiveContractRepository contracts;
    private final ContractEmployerRepository employers;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;

    ContractController(ContractService service, CollectiveContractRepository contracts, ContractEmployerRepository employers, Subtrees subtrees,
                       OrgTree orgTree, OrgDirectory orgs, Dictionaries dictionaries, SpreadsheetExports exports) {
        this.service = service;
        this.contracts = contracts;
        this.employers = employers;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
        this.exports = exports;
    }

    /** {@code inForceOn}: only contracts in force on that day; {@code expiringBefore}: in force and ending by that day. */
    @GetMapping("/api/collective-contracts")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.Contract> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore, @RequestParam(required = false) String q,
                                               @PageableDefault(sort = "offerOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = contracts.findAll(filter(under, kind, status, inForceOn, expiringBefore, q), pageable);
        return PageResponse.of(page.map(views(page.getContent())::view));
    }

    @GetMapping("/api/collective-contracts/{id}")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    DemocracyViews.Contract get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/collective-contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract create(@Valid @RequestBody ContractRequest r) {
        return view(service.create(r));
    }

    @PutMapping("/api/collective-contracts/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract update(@PathVariable long id, @Valid @RequestBody ContractRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/collective-contracts/{id}/sign")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract sign(@PathVariable long id, @Valid @RequestBody SigningRequest r) {
        return view(service.sign(id, r));
    }

    @PostMapping("/api/collective-contracts/{id}/file")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract file(@PathVariable long id, @Valid @RequestBody FilingRequest r) {
        return view(service.file(id, r.filedOn(), r.filingNo(), r.filingAuthority(), r.version()));
    }

    @PostMapping("/api/collective-contracts/{id}/terminate")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract terminate(@PathVariable long id, @Valid @RequestBody TerminationRequest r) {
        return view(service.terminate(id, r.on(), r.version()));
    }

    @PostMapping("/api/collective-contracts/{id}/renew")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract renew(@PathVariable long id) {
        return view(service.renew(id));
    }

    @PostMapping("/api/collective-contracts/{id}/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract addEmployer(@PathVariable long id, @Valid @RequestBody CoveredEmployerRequest r) {
        service.addEmployer(id, r);
        return view(service.get(id));
    }

    @DeleteMapping("/api/collective-contracts/{id}/employers/{rowId}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.Contract removeEmployer(@PathVariable long id, @PathVariable long rowId) {
        service.removeEmployer(id, rowId);
        return view(service.get(id));
    }

    @GetMapping("/api/collective-contracts/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        var spec = filter(under, kind, status, inForceOn, expiringBefore, q);
        var rows = new PagedIterator<>(page -> contracts.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "集体合同.xlsx"), "CollectiveContract", "集体合同", EXPORT_HEADERS, rows, c -> {
            DemocracyViews.Contract v = view(c);
            return Arrays.asList(v.id(), v.title(), dictionaries.label("contract_kind", v.kind()).orElse(v.kind()), coverageLabel(c.getCoverage()),
                    v.unionName(), v.offerOn(), c.getOfferParty() == CollectiveContract.Party.UNION ? "工会" : "企业方", v.rounds(),
                    statusLabel(c.getStatus()), v.signedOn(), v.startsOn(), v.endsOn(), v.employers().size(), v.workersCovered(), v.wageRise(),
                    v.filedOn(), v.filingNo(), v.filingAuthority(), v.terminatedOn());
        }, SpreadsheetExports.filters("under", under, "kind", kind, "status", status, "inForceOn", inForceOn, "expiringBefore", expiringBefore,
                "q", q));
    }

    private Specification<CollectiveContract> filter(Long under, String kind, String status, LocalDate inForceOn, LocalDate expiringBefore,
                                                     String q) {
        List<Specification<CollectiveContract>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(kind) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), kind.strip()));
        }
        if (Texts.blankToNull(status) != null) {
            var s = Arrays.stream(CollectiveContract.Status.values()).filter(v -> v.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "没有这种状态：" + status));
            parts.add((r, query, cb) -> cb.equal(r.get("status"), s));
        }
        LocalDate day = inForceOn != null ? inForceOn : expiringBefore != null ? LocalDate.now() : null;
        if (day != null) {
            parts.add((r, query, cb) -> cb.and(r.get("status").in(CollectiveContract.Status.SIGNED, CollectiveContract.Status.FILED),
                    cb.lessThanOrEqualTo(r.get("startsOn"), day), cb.greaterThanOrEqualTo(r.get("endsOn"), day)));
        }
        if (expiringBefore != null) {
            parts.add((r, query, cb) -> cb.lessThanOrEqualTo(r.get("endsOn"), expiringBefore));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("title"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    static String coverageLabel(CollectiveContract.Coverage c) {
        return switch (c) {
            case SINGLE -> "单一企业";
            case REGIONAL -> "区域性";
            case INDUSTRY -> "行业性";
        };
    }

    static String statusLabel(CollectiveContract.Status s) {
        return switch (s) {
            case NEGOTIATING -> "协商中";
            case SIGNED -> "已签订待备案";
            case FILED -> "已备案";
            case TERMINATED -> "已终止";
        };
    }

    private DemocracyViews.Contract view(CollectiveContract c) {
        return views(List.of(c)).view(c);
    }

    /** The covered employers, their names and the renewing contracts of a page of contracts, read in three queries. */
    private ContractViews views(List<CollectiveContract> page) {
        List<Long> ids = page.stream().map(CollectiveContract::getId).toList();
        if (ids.isEmpty()) {
            return new ContractViews(Map.of(), Map.of(), Map.of());
        }
        Map<Long, List<ContractEmployer>> covered = employers.findByContractIdInOrderById(ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(ContractEmployer::getContractId));
        Map<Long, String> names = orgs.employerNames(covered.values().stream().flatMap(List::stream).map(ContractEmployer::getEmployerId)
                .distinct().toList());
        Map<Long, Long> renewedBy = new java.util.HashMap<>();
        contracts.findAll((r, q, cb) -> r.get("renewsId").in(ids)).forEach(n -> renewedBy.putIfAbsent(n.getRenewsId(), n.getId()));
        return new ContractViews(covered, names, renewedBy);
    }

    private final class ContractViews {
        private final Map<Long, List<ContractEmployer>> covered;
        private final Map<Long, String> names;
        private final Map<Long, Long> renewedBy;

        ContractViews(Map<Long, List<ContractEmployer>> covered, Map<Long, String> names, Map<Long, Long> renewedBy) {
            this.covered = covered;
            this.names = names;
            this.renewedBy = renewedBy;
        }

        DemocracyViews.Contract view(CollectiveContract c) {
            return contractView(c, covered.getOrDefault(c.getId(), List.of()), names, renewedBy.get(c.getId()));
        }
    }

    private DemocracyViews.Contract contractView(CollectiveContract c, List<ContractEmployer> covered, Map<Long, String> names, Long renewedBy) {
        LocalDate today = LocalDate.now();
        boolean inForce = (c.getStatus() == CollectiveContract.Status.SIGNED || c.getStatus() == CollectiveContract.Status.FILED)
                && !c.getStartsOn().isAfter(today) && !c.getEndsOn().isBefore(today);
        return new DemocracyViews.Contract(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getKind(),
                c.getCoverage().name(), c.getTitle(), c.getOfferOn(), c.getOfferParty().name(), c.getRounds(), c.getStatus().name(), c.getSignedOn(),
                c.getStartsOn(), c.getEndsOn(), c.getWorkersCovered(), c.getWageRise(), c.getKeyTerms(), c.getFiledOn(), c.getFilingNo(),
                c.getFilingAuthority(), c.getTerminatedOn(), c.getRenewsId(), renewedBy, inForce,
                covered.stream().map(e -> new DemocracyViews.CoveredEmployer(e.getId(), e.getEmployerId(), names.get(e.getEmployerId()),
                        e.getWorkers())).toList(), c.getVersion());
    }
}
