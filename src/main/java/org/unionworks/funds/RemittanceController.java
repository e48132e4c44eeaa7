package org.unionworks.funds;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
import org.unionworks.funds.web.FundsViews;
import org.unionworks.funds.web.RemittanceCorrection;
import org.unionworks.funds.web.RemittanceRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * 经费收缴: the remittances of the subtree by month, the unmatched ones, corrections, and what they add up to — arrears,
 * covered employers that paid nothing, 筹备金 payers (candidates for founding a union) and the split between the levels.
 */
@RestController
class RemittanceController {

    private final RemittanceService service;
    private final RemittanceRepository remittances;
    private final RemittanceQueries queries;
    private final FundsMonths months;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;

    RemittanceController(RemittanceService service, RemittanceRepository remittances, RemittanceQueries queries, FundsMonths months,
                         Subtrees subtrees, OrgTree orgTree, SpreadsheetExports exports) {
        this.service = service;
        this.remittances = remittances;
        this.queries = queries;
        this.months = months;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    /** Filters of the list: months from/to (2026-01 … 2026-10), payer type, channel, a code or name, only unmatched entries. */
    record RemittanceFilter(Long under, String from, String to, String payerType, String channel, String q, Boolean unmatched) {
    }

    @GetMapping("/api/remittances")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    PageResponse<FundsViews.RemittanceView> list(RemittanceFilter filter,
                                                 @PageableDefault(sort = "fundsMonth", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = remittances.findAll(spec(filter), pageable);
        Set<LocalDate> closed = closedMonths();
        return PageResponse.of(page.map(m -> view(m, closed)));
    }

    @PostMapping("/api/remittances")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.RemittanceView create(@Valid @RequestBody RemittanceRequest r) {
        return view(service.create(r), closedMonths());
    }

    @PutMapping("/api/remittances/{id}")
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.RemittanceView update(@PathVariable long id, @Valid @RequestBody RemittanceRequest r) {
        return view(service.update(id, r), closedMonths());
    }

    @DeleteMapping("/api/remittances/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('funds:write')")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @PostMapping("/api/remittances/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.RemittanceView correct(@PathVariable long id, @Valid @RequestBody RemittanceCorrection r) {
        return view(service.correct(id, r), closedMonths());
    }

    /** Matches the unmatched entries whose credit code has since been registered; answers how many. */
    @PostMapping("/api/remittances/rematch")
    @PreAuthorize("hasAuthority('funds:write')")
    RematchResult rematch() {
        return new RematchResult(service.rematch());
    }

    record RematchResult(int matched) {
    }

    @GetMapping("/api/remittances/export")
    @PreAuthorize("hasAuthority('funds:read')")
    @Transactional(readOnly = true)
    void export(RemittanceFilter filter, HttpServletResponse response) throws IOException {
        var spec = spec(filter);
        Set<LocalDate> closed = closedMonths();
        var rows = new PagedIterator<>(page -> remittances.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "工会经费缴费明细.xlsx"), "Remittance", "工会经费缴费明细",
                List.of("统一社会信用代码", "缴费单位名称", "所属期", "计费工资总额（元）", "应缴金额（元）", "实缴金额（元）", "费种", "缴费方式", "缴费日期",
                        "所属工会", "匹配", "更正", "备注"), rows, m -> {
                    var v = view(m, closed);
                    return Arrays.asList(v.creditCode(), v.payerName(), v.month(), v.payroll(), v.due(), v.paid(),
                            m.getPayerType().label, m.getChannel().label, v.paidOn(), v.unionName(), v.employerId() == null ? "未匹配" : "已匹配",
                            v.correctionOf() == null ? "" : "更正第" + v.entryNo() + "笔", v.note());
                }, SpreadsheetExports.filters("under", filter.under(), "from", filter.from(), "to", filter.to(), "payerType",
                        filter.payerType(), "channel", filter.channel(), "q", filter.q(), "unmatched", filter.unmatched()));
    }

    @GetMapping("/api/remittances/arrears")
    @PreAuthorize("hasAuthority('funds:read')")
    PageResponse<FundsViews.ArrearsRow> arrears(@RequestParam(required = false) Long under, @RequestParam(required = false) String from,
                                                @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        LocalDate[] period = period(from, to);
        return queries.arrears(root(under), period[0], period[1], PageResponse.page(page), PageResponse.size(size));
    }

    @GetMapping("/api/remittances/silent")
    @PreAuthorize("hasAuthority('funds:read')")
    PageResponse<FundsViews.SilentEmployer> silent(@RequestParam(required = false) Long under, @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
                                                   @RequestParam(defaultValue = "20") int size) {
        LocalDate[] period = period(from, to);
        return queries.silent(root(under), period[0], period[1], PageResponse.page(page), PageResponse.size(size));
    }

    @GetMapping("/api/remittances/preparatory-payers")
    @PreAuthorize("hasAuthority('funds:read')")
    List<FundsViews.PreparatoryPayer> preparatoryPayers(@RequestParam(required = false) Long under,
                                                        @RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        return queries.preparatoryPayers(root(under), period[0], period[1]);
    }

    @GetMapping("/api/remittances/split")
    @PreAuthorize("hasAuthority('funds:read')")
    FundsViews.Split split(@RequestParam(required = false) Long under, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        return queries.split(root(under), period[0], period[1]);
    }

    private static long root(Long under) {
        return under == null ? CurrentUsers.require().unionId() : under;
    }

    /** The first days of the months {@code from} and {@code to}; by default January to this month. */
    private static LocalDate[] period(String from, String to) {
        LocalDate end = to == null ? LocalDate.now().withDayOfMonth(1) : FundsMonths.parse(to);
        LocalDate start = from == null ? end == null ? null : end.withDayOfYear(1) : FundsMonths.parse(from);
        if (start == null || end == null) {
            throw new InvalidInputException(start == null ? "from" : "to", "月份应为年月，如 2026-10");
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "起始月份不能晚于截止月份");
        }
        return new LocalDate[] {start, end};
    }

    private Specification<Remittance> spec(RemittanceFilter f) {
        List<Specification<Remittance>> parts = new ArrayList<>();
        parts.add(subtrees.under(root(f.under())));
        if (f.from() != null || f.to() != null) {
            LocalDate[] period = period(f.from() == null ? "2000-01" : f.from(), f.to());
            parts.add((r, q, cb) -> cb.between(r.get("fundsMonth"), period[0], period[1]));
        }
        if (Texts.blankToNull(f.payerType()) != null) {
            var type = RemittanceService.payerType(f.payerType());
            parts.add((r, q, cb) -> cb.equal(r.get("payerType"), type));
        }
        if (Texts.blankToNull(f.channel()) != null) {
            var channel = RemittanceService.channel(f.channel());
            parts.add((r, q, cb) -> cb.equal(r.get("channel"), channel));
        }
        String q = Texts.blankToNull(f.q());
        if (q != null) {
            String text = q.strip().toUpperCase(java.util.Locale.ROOT);
            parts.add((r, query, cb) -> cb.or(cb.equal(r.get("creditCode"), text), cb.like(r.get("payerName"), "%" + q.strip() + "%")));
        }
        if (Boolean.TRUE.equals(f.unmatched())) {
            parts.add((r, q2, cb) -> cb.isNull(r.get("employerId")));
        }
        return Specification.allOf(parts);
    }

    private Set<LocalDate> closedMonths() {
        return months.closedSet();
    }

    private FundsViews.RemittanceView view(Remittance m, Set<LocalDate> closed) {
        return new FundsViews.RemittanceView(m.getId(), m.getEmployerId(), m.getCreditCode(), m.getPayerName(), m.getUnionId(),
                orgTree.nameOf(m.getUnionId()).orElse(null), YearMonth.from(m.getFundsMonth()).toString(), m.getEntryNo(), m.getPayroll(),
                m.getDue(), m.getPaid(), m.getPayerType().name(), m.getChannel().name(), m.getPaidOn(), m.getCorrectionOf(), m.getNote(),
                closed.contains(m.getFundsMonth()), m.getVersion());
    }
}
