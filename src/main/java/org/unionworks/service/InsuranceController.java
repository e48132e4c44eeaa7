package org.unionworks.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.service.web.ClaimRequest;
import org.unionworks.service.web.EnrolmentRequest;
import org.unionworks.service.web.ServiceViews;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 职工医疗互助保障: enrolments and claims (list, record, correct, export) and the totals of a year and since the beginning. */
@RestController
class InsuranceController {

    static final List<String> ENROLMENT_HEADERS = List.of("编号", "参保年度", "参保单位", "参保人数", "每人互助金（元）", "缴纳金额（元）", "缴费日期",
            "参保凭证号", "经办工会");
    static final List<String> CLAIM_HEADERS = List.of("编号", "保障年度", "姓名", "身份证号", "工作单位", "给付类别", "入院日期", "出院日期",
            "住院天数", "申请日期", "申请金额（元）", "给付金额（元）", "给付日期", "经办工会");

    private final InsuranceService service;
    private final InsuranceEnrolmentRepository enrolments;
    private final InsuranceClaimRepository claims;
    private final Subtrees subtrees;
    private final SqlScopes sqlScopes;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final JdbcClient jdbc;

    InsuranceController(InsuranceService service, InsuranceEnrolmentRepository enrolments, InsuranceClaimRepository claims, Subtrees subtrees,
                        SqlScopes sqlScopes, OrgTree orgTree, Dictionaries dictionaries, SpreadsheetExports exports, JdbcClient jdbc) {
        this.service = service;
        this.enrolments = enrolments;
        this.claims = claims;
        this.subtrees = subtrees;
        this.sqlScopes = sqlScopes;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/insurance/enrolments")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    PageResponse<ServiceViews.Enrolment> enrolments(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                                                    @RequestParam(required = false) String q,
                                                    @PageableDefault(sort = "coverYear", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(enrolments.findAll(enrolmentFilter(under, year, q), pageable).map(this::view));
    }

    @PostMapping("/api/insurance/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Enrolment enrol(@Valid @RequestBody EnrolmentRequest r) {
        return view(service.saveEnrolment(null, r));
    }

    @PutMapping("/api/insurance/enrolments/{id}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Enrolment updateEnrolment(@PathVariable long id, @Valid @RequestBody EnrolmentRequest r) {
        return view(service.saveEnrolment(id, r));
    }

    @GetMapping("/api/insurance/enrolments/export")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    void exportEnrolments(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        var spec = enrolmentFilter(under, year, q);
        var rows = new PagedIterator<>(page -> enrolments.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "互助保障参保单位.xlsx"), "InsuranceEnrolment", "参保单位", ENROLMENT_HEADERS, rows,
                e -> Arrays.asList(e.getId(), e.getCoverYear(), e.getUnitName(), e.getInsuredWorkers(), e.getPremiumPerPerson(), e.getAmountPaid(),
                        e.getPaidOn(), e.getPolicyNo(), orgTree.nameOf(e.getUnionId()).orElse(null)),
                SpreadsheetExports.filters("under", under, "year", year, "q", q));
    }

    @GetMapping("/api/insurance/claims")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    PageResponse<ServiceViews.Claim> claims(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String category, @RequestParam(required = false) Boolean paid,
                                            @RequestParam(required = false) String q,
                                            @PageableDefault(sort = "claimedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(claims.findAll(claimFilter(under, year, category, paid, q), pageable).map(this::view));
    }

    @PostMapping("/api/insurance/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Claim claim(@Valid @RequestBody ClaimRequest r) {
        return view(service.saveClaim(null, r));
    }

    @PutMapping("/api/insurance/claims/{id}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Claim updateClaim(@PathVariable long id, @Valid @RequestBody ClaimRequest r) {
        return view(service.saveClaim(id, r));
    }

    @GetMapping("/api/insurance/claims/export")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    void exportClaims(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) String category, @RequestParam(required = false) Boolean paid,
                      @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        var spec = claimFilter(under, year, category, paid, q);
        var rows = new PagedIterator<>(page -> claims.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "互助金给付.xlsx"), "InsuranceClaim", "互助金给付", CLAIM_HEADERS, rows, c -> {
            ServiceViews.Claim v = view(c);
            return Arrays.asList(v.id(), v.year(), v.name(), v.idNumber(), v.unitName(),
                    dictionaries.label("illness_category", v.illnessCategory()).orElse(v.illnessCategory()), v.admittedOn(), v.dischargedOn(),
                    v.stayDays(), v.claimedOn(), v.amountClaimed(), v.amountPaid(), v.paidOn(), v.unionName());
        }, SpreadsheetExports.filters("under", under, "year", year, "category", category, "paid", paid, "q", q));
    }

    /** The year's insured units, workers and premiums, the claims paid in it, and all claims paid up to its end. */
    @GetMapping("/api/insurance/totals")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    ServiceViews.InsuranceTotals totals(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year) {
        long union = under == null ? CurrentUsers.require().unionId() : under;
        int y = year == null ? LocalDate.now().getYear() : year;
        var scope = sqlScopes.under(union, "e.union_id");
        var enrolled = jdbc.sql("select count(*), coalesce(sum(e.insured_workers), 0), coalesce(sum(e.amount_paid), 0) from insurance_enrolment e"
                        + " where " + scope.sql() + " and e.cover_year = :y").params(scope.params()).param("y", y)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)}).single();
        var claimScope = sqlScopes.under(union, "e.union_id");
        String paid = "select count(*), coalesce(sum(e.amount_paid), 0) from insurance_claim e where " + claimScope.sql()
                + " and e.paid_on is not null and e.paid_on <= :end";
        LocalDate end = LocalDate.of(y, 12, 31);
        var inYear = jdbc.sql(paid + " and e.paid_on >= :start").params(claimScope.params()).param("end", end).param("start", LocalDate.of(y, 1, 1))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}).single();
        var ever = jdbc.sql(paid).params(claimScope.params()).param("end", end).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)})
                .single();
        return new ServiceViews.InsuranceTotals(y, (long) enrolled[0], (long) enrolled[1], (BigDecimal) enrolled[2], (long) inYear[0],
                (BigDecimal) inYear[1], (long) ever[0], (BigDecimal) ever[1]);
    }

    private Specification<InsuranceEnrolment> enrolmentFilter(Long under, Integer year, String q) {
        List<Specification<InsuranceEnrolment>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (year != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("coverYear"), year));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("unitName"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    private Specification<InsuranceClaim> claimFilter(Long under, Integer year, String category, Boolean paid, String q) {
        List<Specification<InsuranceClaim>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (year != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("coverYear"), year));
        }
        if (Texts.blankToNull(category) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("illnessCategory"), category.strip()));
        }
        if (paid != null) {
            parts.add((r, query, cb) -> paid ? cb.isNotNull(r.get("paidOn")) : cb.isNull(r.get("paidOn")));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), ListFilter.containing(text), ListFilter.ESCAPE),
                    cb.like(r.get("unitName"), ListFilter.containing(text), ListFilter.ESCAPE)));
        }
        return Specification.allOf(parts);
    }

    private ServiceViews.Enrolment view(InsuranceEnrolment e) {
        return new ServiceViews.Enrolment(e.getId(), e.getUnionId(), orgTree.nameOf(e.getUnionId()).orElse(null), e.getCoverYear(), e.getUnitName(),
                e.getEmployerId(), e.getInsuredWorkers(), e.getPremiumPerPerson(), e.getAmountPaid(), e.getPaidOn(), e.getPolicyNo(), e.getVersion());
    }

    private ServiceViews.Claim view(InsuranceClaim c) {
        Long stay = c.getAdmittedOn() == null || c.getDischargedOn() == null ? null : ChronoUnit.DAYS.between(c.getAdmittedOn(), c.getDischargedOn());
        return new ServiceViews.Claim(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getCoverYear(), c.getName(),
                IdNumbers.mask(c.getIdNumber()), c.getUnitName(), c.getIllnessCategory(), c.getAdmittedOn(), c.getDischargedOn(), stay,
                c.getClaimedOn(), c.getAmountClaimed(), c.getAmountPaid(), c.getPaidOn(), c.getVersion());
    }
}
