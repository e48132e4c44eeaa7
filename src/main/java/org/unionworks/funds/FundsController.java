package org.unionworks.funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.unionworks.figures.Figures;
import org.unionworks.funds.web.AllocationRequest;
import org.unionworks.funds.web.AmountCorrection;
import org.unionworks.funds.web.FundReturnRequest;
import org.unionworks.funds.web.FundsViews;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * 返还与拨付: returns to small and micro enterprises (who is eligible under the year's rule, the returns paid) and the
 * allocations of the subtree's unions, with what the programme modules report as spent beside what was allocated.
 */
@RestController
class FundsController {

    private final ReturnService returnService;
    private final AllocationService allocationService;
    private final FundReturnRepository returns;
    private final FundAllocationRepository allocations;
    private final FundsMonths months;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final Figures figures;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;

    FundsController(ReturnService returnService, AllocationService allocationService, FundReturnRepository returns,
                    FundAllocationRepository allocations, FundsMonths months, Subtrees subtrees, OrgTree orgTree, OrgDirectory orgs,
                    SqlScopes sqlScopes, JdbcClient jdbc, Figures figures, Dictionaries dictionaries, SpreadsheetExports exports) {
        this.returnService = returnService;
        this.allocationService = allocationService;
        this.returns = returns;
        this.allocations = allocations;
        this.months = months;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.figures = figures;
        this.dictionaries = dictionaries;
        this.exports = exports;
    }

    @GetMapping("/api/fund-returns/eligible")
    @PreAuthorize("hasAuthority('funds:read')")
    PageResponse<FundsViews.EligibleReturn> eligible(@RequestParam(required = false) Long under, @RequestParam int year,
                                                    @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        List<FundsViews.EligibleReturn> all = returnService.eligible(root(under), year);
        int p = PageResponse.page(page);
        int s = PageResponse.size(size);
        return new PageResponse<>(all.stream().skip((long) (p - 1) * s).limit(s).toList(), all.size(), p, s);
    }

    @GetMapping("/api/fund-returns")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    PageResponse<FundsViews.FundReturnView> returns(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                                                    @PageableDefault(sort = "returnedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = returns.findAll(returnFilter(under, year), pageable);
        Map<Long, String> names = orgs.employerNames(page.getContent().stream().map(FundReturn::getEmployerId).distinct().toList());
        Set<LocalDate> closed = closed();
        return PageResponse.of(page.map(f -> view(f, names, closed)));
    }

    @PostMapping("/api/fund-returns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.FundReturnView pay(@Valid @RequestBody FundReturnRequest r) {
        FundReturn f = returnService.pay(r);
        return view(f, orgs.employerNames(List.of(f.getEmployerId())), closed());
    }

    @PostMapping("/api/fund-returns/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.FundReturnView correctReturn(@PathVariable long id, @Valid @RequestBody AmountCorrection r) {
        FundReturn f = returnService.correct(id, r);
        return view(f, orgs.employerNames(List.of(f.getEmployerId())), closed());
    }

    @GetMapping("/api/fund-returns/export")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    void exportReturns(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                       HttpServletResponse response) throws IOException {
        var spec = returnFilter(under, year);
        Set<LocalDate> closed = closed();
        var rows = new PagedIterator<>(page -> returns.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "小微企业工会经费返还.xlsx"), "FundReturn", "小微企业工会经费返还",
                List.of("返还年度", "单位", "工会", "当年实缴（元）", "返还金额（元）", "返还日期", "审批文号", "更正", "备注"), rows, f -> {
                    var v = view(f, orgs.employerNames(List.of(f.getEmployerId())), closed);
                    return Arrays.asList(v.year(), v.employerName(), v.unionName(), v.paidInYear(), v.amount(), v.returnedOn(), v.approvalNo(),
                            v.correctionOf() == null ? "" : "更正", v.note());
                }, SpreadsheetExports.filters("under", under, "year", year));
    }

    @GetMapping("/api/fund-allocations")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    PageResponse<FundsViews.AllocationView> allocations(@RequestParam(required = false) Long under,
                                                        @RequestParam(required = false) String purpose,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                        @PageableDefault(sort = "allocatedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        Set<LocalDate> closed = closed();
        return PageResponse.of(allocations.findAll(allocationFilter(under, purpose, from, to), pageable).map(a -> view(a, closed)));
    }

    @PostMapping("/api/fund-allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AllocationView allocate(@Valid @RequestBody AllocationRequest r) {
        return view(allocationService.create(r), closed());
    }

    @PutMapping("/api/fund-allocations/{id}")
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AllocationView updateAllocation(@PathVariable long id, @Valid @RequestBody AllocationRequest r) {
        return view(allocationService.update(id, r), closed());
    }

    @DeleteMapping("/api/fund-allocations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('funds:write')")
    void deleteAllocation(@PathVariable long id) {
        allocationService.delete(id);
    }

    @PostMapping("/api/fund-allocations/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.AllocationView correctAllocation(@PathVariable long id, @Valid @RequestBody AmountCorrection r) {
        return view(allocationService.correct(id, r), closed());
    }

    @GetMapping("/api/fund-allocations/export")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    void exportAllocations(@RequestParam(required = false) Long under, @RequestParam(required = false) String purpose,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           HttpServletResponse response) throws IOException {
        var spec = allocationFilter(under, purpose, from, to);
        Set<LocalDate> closed = closed();
        var rows = new PagedIterator<>(page -> allocations.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "经费拨付补助.xlsx"), "FundAllocation", "经费拨付补助",
                List.of("拨付工会", "用途", "拨付对象/项目", "金额（元）", "拨付日期", "审批文号", "审批人", "更正", "备注"), rows, a -> {
                    var v = view(a, closed);
                    return Arrays.asList(v.unionName(), a.getPurpose().label, target(v), v.amount(), v.allocatedOn(), v.approvalNo(),
                            v.approvedBy(), v.correctionOf() == null ? "" : "更正", v.note());
                }, SpreadsheetExports.filters("under", under, "purpose", purpose, "from", from, "to", to));
    }

    /**
     * Allocated by purpose (and programme) over the period beside what the programme modules report as spent in the same
     * subtree and period: 普惠服务 cash and goods per programme, 帮扶资金 for 困难职工帮扶, grants to service places. In 万元.
     */
    @GetMapping("/api/fund-allocations/spending")
    @PreAuthorize("hasAuthority('funds:read')")
    List<FundsViews.PurposeSpending> spending(@RequestParam(required = false) Long under,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        long root = root(under);
        var scope = sqlScopes.under(root, "a.union_id");
        Map<String, BigDecimal> allocated = new LinkedHashMap<>();
        scope.bind(jdbc.sql("select a.purpose, a.programme_kind, sum(a.amount) from fund_allocation a where " + scope.sql()
                        + " and a.allocated_on between :from and :to group by a.purpose, a.programme_kind"))
                .param("from", from).param("to", to)
                .query((rs, n) -> allocated.put(rs.getString(1) + "/" + (rs.getString(2) == null ? "" : rs.getString(2)), rs.getBigDecimal(3)))
                .list();
        Map<String, Number> programmes = new LinkedHashMap<>();
        Map<String, Number> single = new LinkedHashMap<>();
        for (Figures.Value v : figures.compute(root, to, from, to, List.of("service.cash", "service.goods"), "programmeKind")) {
            v.parts().forEach(p -> programmes.merge(p.code() == null ? "" : p.code(), p.value(),
                    (a, b) -> new BigDecimal(a.toString()).add(new BigDecimal(b.toString()))));
        }
        figures.compute(root, to, from, to, List.of("assist.aidAmount", "service.grants")).forEach(v -> single.put(v.key(), v.value()));
        List<FundsViews.PurposeSpending> rows = new ArrayList<>();
        for (FundAllocation.Purpose p : FundAllocation.Purpose.values()) {
            if (p == FundAllocation.Purpose.PROGRAMME) {
                dictionaries.labels("programme_kind").forEach((code, label) -> rows.add(new FundsViews.PurposeSpending(p.name(), code,
                        p.label + "：" + label, tenThousands(allocated.get(p.name() + "/" + code)), decimal(programmes.get(code)))));
            } else {
                Number spent = p == FundAllocation.Purpose.HARDSHIP ? single.get("assist.aidAmount")
                        : p == FundAllocation.Purpose.SERVICE_PLACE ? single.get("service.grants") : null;
                rows.add(new FundsViews.PurposeSpending(p.name(), null, p.label, tenThousands(allocated.get(p.name() + "/")), decimal(spent)));
            }
        }
        return rows;
    }

    private static BigDecimal tenThousands(BigDecimal yuan) {
        return Figures.tenThousands(yuan == null ? BigDecimal.ZERO : yuan);
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }

    private static long root(Long under) {
        return under == null ? CurrentUsers.require().unionId() : under;
    }

    private Set<LocalDate> closed() {
        return months.closedSet();
    }

    private static boolean locked(Set<LocalDate> closed, LocalDate day) {
        return closed.contains(day.withDayOfMonth(1));
    }

    private Specification<FundReturn> returnFilter(Long under, Integer year) {
        List<Specification<FundReturn>> parts = new ArrayList<>();
        parts.add(subtrees.under(root(under)));
        if (year != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("year"), year));
        }
        return Specification.allOf(parts);
    }

    private Specification<FundAllocation> allocationFilter(Long under, String purpose, LocalDate from, LocalDate to) {
        List<Specification<FundAllocation>> parts = new ArrayList<>();
        parts.add(subtrees.under(root(under)));
        if (purpose != null && !purpose.isBlank()) {
            var p = Arrays.stream(FundAllocation.Purpose.values()).filter(x -> x.name().equals(purpose)).findFirst()
                    .orElseThrow(() -> new org.unionworks.platform.error.InvalidInputException("purpose", "没有这种用途"));
            parts.add((r, q, cb) -> cb.equal(r.get("purpose"), p));
        }
        if (from != null) {
            parts.add((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("allocatedOn"), from));
        }
        if (to != null) {
            parts.add((r, q, cb) -> cb.lessThanOrEqualTo(r.get("allocatedOn"), to));
        }
        return Specification.allOf(parts);
    }

    private String target(FundsViews.AllocationView v) {
        return v.toUnionName() != null ? v.toUnionName() : v.programmeKind() != null
                ? dictionaries.label("programme_kind", v.programmeKind()).orElse(v.programmeKind()) : v.project();
    }

    private FundsViews.FundReturnView view(FundReturn f, Map<Long, String> names, Set<LocalDate> closed) {
        return new FundsViews.FundReturnView(f.getId(), f.getEmployerId(), names.get(f.getEmployerId()), f.getUnionId(),
                orgTree.nameOf(f.getUnionId()).orElse(null), f.getYear(), f.getEntryNo(), f.getPaidInYear(), f.getAmount(), f.getReturnedOn(),
                f.getApprovalNo(), f.getCorrectionOf(), f.getNote(), locked(closed, f.getReturnedOn()));
    }

    private FundsViews.AllocationView view(FundAllocation a, Set<LocalDate> closed) {
        return new FundsViews.AllocationView(a.getId(), a.getUnionId(), orgTree.nameOf(a.getUnionId()).orElse(null), a.getToUnionId(),
                a.getToUnionId() == null ? null : orgTree.nameOf(a.getToUnionId()).orElse(null), a.getPurpose().name(), a.getProgrammeKind(),
                a.getProject(), a.getAmount(), a.getAllocatedOn(), a.getApprovalNo(), a.getApprovedBy(), a.getCorrectionOf(), a.getNote(),
                locked(closed, a.getAllocatedOn()), a.getVersion());
    }
}
