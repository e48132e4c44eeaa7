package org.unionworks.org;

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
import org.unionworks.org.web.CoverRequest;
import org.unionworks.org.web.CoverageView;
import org.unionworks.org.web.DateRequest;
import org.unionworks.org.web.EmployerRequest;
import org.unionworks.org.web.HeadcountRequest;
import org.unionworks.org.web.EmployerView;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.validation.Choices;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

@RestController
class EmployerController {

    static final List<String> EXPORT_HEADERS = List.of("单位名称", "统一社会信用代码", "管辖工会编号", "管辖工会", "经济类型",
            "行业门类", "行政区划代码", "地址", "职工人数", "女职工人数", "农民工人数", "新就业形态劳动者人数", "应建会", "涵盖工会", "状态");

    private final EmployerService service;
    private final EmployerRepository employers;
    private final CoverageRepository coverages;
    private final UnionOrgRepository orgs;
    private final Subtrees subtrees;
    private final SpreadsheetExports exports;
    private final Headcounts headcounts;

    EmployerController(EmployerService service, EmployerRepository employers, CoverageRepository coverages,
                       UnionOrgRepository orgs, Subtrees subtrees, SpreadsheetExports exports, Headcounts headcounts) {
        this.service = service;
        this.employers = employers;
        this.coverages = coverages;
        this.orgs = orgs;
        this.subtrees = subtrees;
        this.exports = exports;
        this.headcounts = headcounts;
    }

    @GetMapping("/api/employers")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    PageResponse<EmployerView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) Boolean covered,
                                    @RequestParam(required = false) String status,
                                    @PageableDefault(sort = "name") Pageable pageable) {
        var page = employers.findAll(filter(under, q, covered, status), pageable);
        List<EmployerView> views = views(page.getContent());
        return PageResponse.of(new org.springframework.data.domain.PageImpl<>(views, pageable, page.getTotalElements()));
    }

    @GetMapping("/api/employers/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    EmployerView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    @Transactional
    EmployerView create(@Valid @RequestBody EmployerRequest body) {
        if (body.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择管辖工会");
        }
        return view(service.create(body.unionId(), fields(body)));
    }

    @PutMapping("/api/employers/{id}")
    @PreAuthorize("hasAuthority('org:write')")
    @Transactional
    EmployerView update(@PathVariable long id, @Valid @RequestBody EmployerRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), fields(body)));
    }

    @PostMapping("/api/employers/{id}/close")
    @PreAuthorize("hasAuthority('org:write')")
    @Transactional
    EmployerView close(@PathVariable long id, @Valid @RequestBody DateRequest body) {
        return view(service.close(id, body.on()));
    }

    /** The history of the employer's 职工人数, newest first: the figures on a date take the count of that date. */
    @GetMapping("/api/employers/{id}/headcounts")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    List<HeadcountRequest.View> headcounts(@PathVariable long id) {
        service.get(id);
        return headcounts.history(id).stream().map(h -> new HeadcountRequest.View(h.getId(), h.getCountedOn(), h.getEmployees())).toList();
    }

    @PostMapping("/api/employers/{id}/headcounts")
    @PreAuthorize("hasAuthority('org:write')")
    List<HeadcountRequest.View> recount(@PathVariable long id, @Valid @RequestBody HeadcountRequest body) {
        service.recount(id, body.countedOn(), body.employees());
        return headcounts(id);
    }

    /** The employers a union covers now and before. */
    @GetMapping("/api/orgs/{id}/coverage")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    List<CoverageView> coverage(@PathVariable long id) {
        orgs.findById(id).orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("工会组织"));
        return coverages.findByUnionIdOrderByFromDateDesc(id).stream().map(this::view).toList();
    }

    @PostMapping("/api/orgs/{id}/coverage")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    CoverageView cover(@PathVariable long id, @Valid @RequestBody CoverRequest body) {
        return view(service.cover(id, body.employerId(), body.fromDate()));
    }

    @PostMapping("/api/coverage/{id}/end")
    @PreAuthorize("hasAuthority('org:write')")
    CoverageView endCoverage(@PathVariable long id, @Valid @RequestBody DateRequest body) {
        return view(service.endCoverage(id, body.on()));
    }

    @GetMapping("/api/employers/export")
    @PreAuthorize("hasAuthority('org:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                @RequestParam(required = false) Boolean covered, @RequestParam(required = false) String status,
                HttpServletResponse response) throws IOException {
        Specification<Employer> spec = filter(under, q, covered, status);
        var rows = new PagedIterator<>(page -> employers.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "q", q, "covered", covered, "status", status);
        exports.write(SpreadsheetExports.download(response, "单位.xlsx"), "Employer", "单位", EXPORT_HEADERS, rows, e -> {
            EmployerView v = view(e);
            return Arrays.asList(v.name(), v.creditCode(), v.unionId(), v.unionName(), v.ownershipType(), v.industry(),
                    v.divisionCode(), v.address(), v.employeeCount(), v.femaleCount(), v.migrantCount(),
                    v.newFormCount(), v.shouldHaveUnion(), v.coveringUnionName(), "ACTIVE".equals(v.status()) ? "存续" : "注销");
        }, filters);
    }

    private Specification<Employer> filter(Long under, String q, Boolean covered, String status) {
        List<Specification<Employer>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), "%" + text + "%"),
                    cb.equal(r.get("creditCode"), CreditCodes.normalize(text))));
        }
        if (covered != null) {
            parts.add((r, query, cb) -> {
                var sub = query.subquery(Long.class);
                var c = sub.from(Coverage.class);
                sub.select(c.get("employerId")).where(cb.isNull(c.get("toDate")));
                return covered ? r.get("id").in(sub) : cb.not(r.get("id").in(sub));
            });
        }
        if (status != null && !status.isBlank()) {
            EmployerStatus wanted = Choices.of(EmployerStatus.class, status.strip(), "status", "状态只能是 ACTIVE 或 CLOSED");
            parts.add((r, query, cb) -> cb.equal(r.get("status"), wanted));
        }
        return Specification.allOf(parts);
    }

    private EmployerFields fields(EmployerRequest r) {
        return new EmployerFields(Texts.clean(r.name()), CreditCodes.normalize(r.creditCode()),
                Texts.blankToNull(r.ownershipType()), Texts.blankToNull(r.industry()), Texts.blankToNull(r.divisionCode()),
                Texts.blankToNull(r.address()), r.employeeCount(), zero(r.femaleCount()), zero(r.migrantCount()),
                zero(r.newFormCount()), r.shouldHaveUnion(), r.registeredOn(),
                OrgController.precision(r.registeredOnPrecision(), "registeredOnPrecision"));
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private EmployerView view(Employer e) {
        return views(List.of(e)).get(0);
    }

    /** A page of employers with their current coverage and union names in three queries, not three per row. */
    private List<EmployerView> views(List<Employer> page) {
        Map<Long, Coverage> current = new java.util.HashMap<>();
        coverages.findByEmployerIdInAndToDateIsNull(page.stream().map(Employer::getId).toList())
                .forEach(c -> current.put(c.getEmployerId(), c));
        java.util.Set<Long> unionIds = new java.util.HashSet<>();
        page.forEach(e -> unionIds.add(e.getUnionId()));
        current.values().forEach(c -> unionIds.add(c.getUnionId()));
        Map<Long, String> names = new java.util.HashMap<>();
        orgs.findAllById(unionIds).forEach(u -> names.put(u.getId(), u.getName()));
        return page.stream().map(e -> {
            var f = e.fields();
            Coverage c = current.get(e.getId());
            return new EmployerView(e.getId(), e.getUnionId(), names.get(e.getUnionId()), f.name(), f.creditCode(),
                    f.ownershipType(), f.industry(), f.divisionCode(), f.address(), f.employeeCount(), f.femaleCount(),
                    f.migrantCount(), f.newFormCount(), f.shouldHaveUnion(), f.registeredOn(),
                    c == null ? null : c.getUnionId(), c == null ? null : names.get(c.getUnionId()),
                    e.getStatus().name(), e.getClosedOn(), e.getVersion(), e.getRegisteredOnPrecision().name());
        }).toList();
    }

    private CoverageView view(Coverage c) {
        return new CoverageView(c.getId(), c.getUnionId(), orgs.findById(c.getUnionId()).map(UnionOrg::getName).orElse(null),
                c.getEmployerId(), employers.findById(c.getEmployerId()).map(Employer::getName).orElse(null),
                c.getFromDate(), c.getToDate());
    }
}
