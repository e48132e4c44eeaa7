package org.unionworks.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.unionworks.service.web.NoticePeriodRequest;
import org.unionworks.service.web.ProgrammeRequest;
import org.unionworks.service.web.ServiceViews;
import org.unionworks.service.web.ProgrammeStandardRequest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 普惠服务项目 (list by kind and year, plan, edit, 公示, export) and the standards per person that apply to them. */
@RestController
class ProgrammeController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "项目名称", "项目类别", "年度", "开始日期", "结束日期", "经费来源", "预算（元）",
            "受益职工（人次）", "慰问单位（家）", "单位覆盖职工（人次）", "发放资金（元）", "发放物资折款（元）", "待审核/待发放", "所属工会");

    private final ProgrammeService service;
    private final ProgrammeRepository programmes;
    private final ProgrammeStandardRepository standards;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final JdbcClient jdbc;

    ProgrammeController(ProgrammeService service, ProgrammeRepository programmes, ProgrammeStandardRepository standards, Subtrees subtrees,
                        OrgTree orgTree, Dictionaries dictionaries, SpreadsheetExports exports, JdbcClient jdbc) {
        this.service = service;
        this.programmes = programmes;
        this.standards = standards;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/programmes")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    PageResponse<ServiceViews.Programme> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                              @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                                              @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = programmes.findAll(filter(under, kind, year, q), pageable);
        Map<Long, Totals> totals = totals(page.map(Programme::getId).getContent());
        return PageResponse.of(page.map(p -> view(p, totals)));
    }

    @GetMapping("/api/programmes/{id}")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    ServiceViews.Programme get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Programme create(@Valid @RequestBody ProgrammeRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择开展项目的工会");
        }
        return view(service.create(r.unionId(), r));
    }

    @PutMapping("/api/programmes/{id}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Programme update(@PathVariable long id, @Valid @RequestBody ProgrammeRequest r) {
        return view(service.update(id, r));
    }

    @DeleteMapping("/api/programmes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('service:write')")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    /** 公示 of the approved applicants (programmes that take applications, such as 金秋助学). */
    @PostMapping("/api/programmes/{id}/notice")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Programme announce(@PathVariable long id, @Valid @RequestBody NoticePeriodRequest r) {
        return view(service.announce(id, r.noticeFrom(), r.noticeTo(), r.version()));
    }

    @GetMapping("/api/programmes/export")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        Specification<Programme> spec = filter(under, kind, year, q);
        var rows = new PagedIterator<>(page -> programmes.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "普惠服务项目.xlsx"), "Programme", "普惠服务项目", EXPORT_HEADERS, rows, p -> {
            ServiceViews.Programme v = view(p);
            return Arrays.asList(v.id(), v.name(), label("programme_kind", v.kind()), v.year(), v.startsOn(), v.endsOn(),
                    label("fund_source", v.fundSource()), v.budget(), v.persons(), v.units(), v.workersReached(), v.cash(), v.goods(),
                    v.pending(), v.unionName());
        }, SpreadsheetExports.filters("under", under, "kind", kind, "year", year, "q", q));
    }

    /** The standards that apply under a union: its subtree's and its ancestors' (a district pays by the city's standard unless it sets its own). */
    @GetMapping("/api/programme-standards")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    List<ServiceViews.Standard> standards(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String category) {
        long union = under == null ? CurrentUsers.require().unionId() : under;
        List<Long> ancestors = service.lineage(union);
        Specification<ProgrammeStandard> applying = Specification.anyOf(subtrees.under(union), (r, q, cb) -> r.get("unionId").in(ancestors));
        List<Specification<ProgrammeStandard>> parts = new ArrayList<>(List.of(applying));
        if (Texts.blankToNull(kind) != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("kind"), kind.strip()));
        }
        if (Texts.blankToNull(category) != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("category"), category.strip()));
        }
        return standards.findAll(Specification.allOf(parts), Sort.by("kind", "category").and(Sort.by(Sort.Direction.DESC, "effectiveFrom")))
                .stream().map(this::view).toList();
    }

    /** The standard in force for a union's programme of a kind and a category on a day (404 when none is set). */
    @GetMapping("/api/programme-standards/in-force")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    ServiceViews.Standard inForce(@RequestParam long unionId, @RequestParam String kind, @RequestParam String category,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        subtrees.under(unionId);
        return service.standardInForce(unionId, kind, category, on == null ? LocalDate.now() : on).map(this::view)
                .orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("慰问标准"));
    }

    @PostMapping("/api/programme-standards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Standard createStandard(@Valid @RequestBody ProgrammeStandardRequest r) {
        return view(service.saveStandard(null, r.unionId(), r));
    }

    @PutMapping("/api/programme-standards/{id}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Standard updateStandard(@PathVariable long id, @Valid @RequestBody ProgrammeStandardRequest r) {
        return view(service.saveStandard(id, null, r));
    }

    private Specification<Programme> filter(Long under, String kind, Integer year, String q) {
        List<Specification<Programme>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(kind) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), kind.strip()));
        }
        if (year != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("programmeYear"), year));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("name"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    private String label(String type, String code) {
        return code == null ? null : dictionaries.label(type, code).orElse(code);
    }

    private record Totals(long persons, long units, long workers, BigDecimal cash, BigDecimal goods, long pending) {
    }

    private static final Totals NONE = new Totals(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    private Map<Long, Totals> totals(List<Long> ids) {
        Map<Long, Totals> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                select b.programme_id,
                       sum(case when b.status = 'GIVEN' and b.recipient = 'PERSON' then 1 else 0 end),
                       sum(case when b.status = 'GIVEN' and b.recipient = 'UNIT' then 1 else 0 end),
                       sum(case when b.status = 'GIVEN' then coalesce(b.workers_reached, 0) else 0 end),
                       sum(case when b.status = 'GIVEN' then b.cash else 0 end),
                       sum(case when b.status = 'GIVEN' then b.goods else 0 end),
                       sum(case when b.status in ('APPLIED', 'APPROVED') then 1 else 0 end)
                  from programme_beneficiary b where b.programme_id in (:ids) group by b.programme_id""").param("ids", ids)
                .query((rs, n) -> totals.put(rs.getLong(1), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getLong(7)))).list();
        return totals;
    }

    private ServiceViews.Programme view(Programme p) {
        return view(p, totals(List.of(p.getId())));
    }

    private ServiceViews.Programme view(Programme p, Map<Long, Totals> totals) {
        Totals t = totals.getOrDefault(p.getId(), NONE);
        return new ServiceViews.Programme(p.getId(), p.getUnionId(), orgTree.nameOf(p.getUnionId()).orElse(null), p.getKind(), p.getName(),
                p.getProgrammeYear(), p.getStartsOn(), p.getEndsOn(), p.getFundSource(), p.getBudget(), p.isApplicationFlow(), p.getNoticeFrom(),
                p.getNoticeTo(), p.getNote(), t.persons(), t.units(), t.workers(), t.cash(), t.goods(), t.pending(), p.getVersion());
    }

    private ServiceViews.Standard view(ProgrammeStandard s) {
        return new ServiceViews.Standard(s.getId(), s.getUnionId(), orgTree.nameOf(s.getUnionId()).orElse(null), s.getKind(), s.getCategory(),
                s.getCashPerPerson(), s.getGoodsPerPerson(), s.getGoods(), s.getEffectiveFrom(), s.getNote(), s.getVersion());
    }
}
