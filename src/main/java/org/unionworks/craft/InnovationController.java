package org.unionworks.craft;

import java.io.IOException;
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
import org.unionworks.platform.data.ListFilter;
import org.unionworks.craft.web.CraftViews;
import org.unionworks.craft.web.EvaluationRequest;
import org.unionworks.craft.web.InnovationRequest;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.DateRange;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The 五小 and 合理化建议 library, and employers' internal title and skill-grade evaluation: list, record, export. */
@RestController
class InnovationController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "成果名称", "类别", "完成人", "所在单位", "取得日期", "经济效益（元）", "评定等级",
            "证书编号", "所属工会");
    static final List<String> EVALUATION_HEADERS = List.of("单位", "年度", "评聘类别", "评聘人数", "示范单位", "所属工会");

    private final InnovationService service;
    private final SmallInnovationRepository innovations;
    private final EmployerEvaluationRepository evaluations;
    private final InnovationStudioRepository studios;
    private final ContestRepository contests;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;

    InnovationController(InnovationService service, SmallInnovationRepository innovations, EmployerEvaluationRepository evaluations,
                         InnovationStudioRepository studios, ContestRepository contests, Subtrees subtrees, OrgTree orgTree,
                         OrgDirectory orgs, Dictionaries dictionaries, SpreadsheetExports exports) {
        this.service = service;
        this.innovations = innovations;
        this.evaluations = evaluations;
        this.studios = studios;
        this.contests = contests;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
        this.exports = exports;
    }

    @GetMapping("/api/innovations")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    PageResponse<CraftViews.Innovation> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String category,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) Long studioId, @RequestParam(required = false) String q,
                                             @PageableDefault(sort = "achievedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(innovations.findAll(filter(under, category, from, to, studioId, q), pageable).map(this::view));
    }

    @PostMapping("/api/innovations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Innovation create(@Valid @RequestBody InnovationRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择所属工会");
        }
        return view(service.save(null, null, facts(r.unionId(), r)));
    }

    @PutMapping("/api/innovations/{id}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Innovation update(@PathVariable long id, @Valid @RequestBody InnovationRequest r) {
        SmallInnovation existing = service.get(id);
        SmallInnovation.Facts f = facts(existing.getUnionId(), r);
        if (f.employerId() == null && existing.getEmployerId() != null) {
            f = new SmallInnovation.Facts(f.unionId(), f.title(), f.category(), f.authors(), f.employerName(), existing.getEmployerId(),
                    f.achievedOn(), f.benefit(), f.evaluation(), f.certificateNo(), f.studioId(), f.contestId());
        }
        return view(service.save(id, r.version(), f));
    }

    @GetMapping("/api/innovations/export")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String category,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long studioId, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        Specification<SmallInnovation> spec = filter(under, category, from, to, studioId, q);
        var rows = new PagedIterator<>(page -> innovations.findAll(spec, PageRequest.of(page, 1000, Sort.by("achievedOn", "id"))));
        exports.write(SpreadsheetExports.download(response, "五小成果.xlsx"), "SmallInnovation", "五小成果", EXPORT_HEADERS, rows,
                s -> Arrays.asList(s.getId(), s.getTitle(), dictionaries.label("innovation_category", s.getCategory()).orElse(s.getCategory()),
                        s.getAuthors(), s.getEmployerName(), s.getAchievedOn(), s.getBenefit(), s.getEvaluation(), s.getCertificateNo(),
                        orgTree.nameOf(s.getUnionId()).orElse(null)),
                SpreadsheetExports.filters("under", under, "category", category, "from", from, "to", to, "studioId", studioId, "q", q));
    }

    @GetMapping("/api/employer-evaluations")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    PageResponse<CraftViews.Evaluation> evaluations(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                                                    @RequestParam(required = false) String kind,
                                                    @PageableDefault(sort = "evalYear", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = evaluations.findAll(evaluationFilter(under, year, kind), pageable);
        Map<Long, String> names = orgs.employerNames(page.map(EmployerEvaluation::getEmployerId).getContent());
        return PageResponse.of(page.map(e -> view(e, names)));
    }

    @PostMapping("/api/employer-evaluations")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Evaluation evaluate(@Valid @RequestBody EvaluationRequest r) {
        EmployerEvaluation e = service.evaluate(CreditCodes.normalize(r.creditCode()), r.year(), r.kind(), r.evaluated(),
                Boolean.TRUE.equals(r.demonstration()), r.version());
        return view(e, orgs.employerNames(List.of(e.getEmployerId())));
    }

    @DeleteMapping("/api/employer-evaluations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('craft:write')")
    void deleteEvaluation(@PathVariable long id) {
        service.deleteEvaluation(id);
    }

    @GetMapping("/api/employer-evaluations/export")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    void exportEvaluations(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String kind, HttpServletResponse response) throws IOException {
        Specification<EmployerEvaluation> spec = evaluationFilter(under, year, kind);
        var rows = new PagedIterator<>(page -> evaluations.findAll(spec, PageRequest.of(page, 1000, Sort.by("evalYear", "id"))));
        Map<Long, String> names = new HashMap<>();
        exports.write(SpreadsheetExports.download(response, "企业内部评聘.xlsx"), "EmployerEvaluation", "企业内部评聘", EVALUATION_HEADERS, rows,
                e -> {
                    names.computeIfAbsent(e.getEmployerId(), id -> orgs.employerNames(List.of(id)).get(id));
                    return Arrays.asList(names.get(e.getEmployerId()), e.getEvalYear(),
                            dictionaries.label("evaluation_kind", e.getKind()).orElse(e.getKind()), e.getEvaluated(),
                            e.isDemonstration() ? "是" : "否", orgTree.nameOf(e.getUnionId()).orElse(null));
                },
                SpreadsheetExports.filters("under", under, "year", year, "kind", kind));
    }

    private Specification<SmallInnovation> filter(Long under, String category, LocalDate from, LocalDate to, Long studioId, String q) {
        List<Specification<SmallInnovation>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(category) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("category"), category.strip()));
        }
        if (studioId != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("studioId"), studioId));
        }
        parts.add(DateRange.of("achievedOn", from, to));
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = ListFilter.containing(text);
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("title"), like, ListFilter.ESCAPE),
                    cb.like(r.get("authors"), like, ListFilter.ESCAPE), cb.like(r.get("employerName"), like, ListFilter.ESCAPE)));
        }
        return Specification.allOf(parts);
    }

    private Specification<EmployerEvaluation> evaluationFilter(Long under, Integer year, String kind) {
        List<Specification<EmployerEvaluation>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (year != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("evalYear"), year));
        }
        if (Texts.blankToNull(kind) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), kind.strip()));
        }
        return Specification.allOf(parts);
    }

    private SmallInnovation.Facts facts(long unionId, InnovationRequest r) {
        String code = CreditCodes.normalize(Texts.blankToNull(r.employerCreditCode()));
        EmployerInfo employer = service.employer(code, "employerCreditCode");
        return new SmallInnovation.Facts(unionId, Texts.clean(r.title()), r.category(), Texts.clean(r.authors()), Texts.clean(r.employerName()),
                employer == null ? null : employer.id(), r.achievedOn(), r.benefit(), Texts.blankToNull(r.evaluation()),
                Texts.blankToNull(r.certificateNo()), r.studioId(), r.contestId());
    }

    private CraftViews.Innovation view(SmallInnovation s) {
        return new CraftViews.Innovation(s.getId(), s.getUnionId(), orgTree.nameOf(s.getUnionId()).orElse(null), s.getTitle(), s.getCategory(),
                s.getAuthors(), s.getEmployerName(), s.getEmployerId(), s.getAchievedOn(), s.getBenefit(), s.getEvaluation(), s.getCertificateNo(),
                s.getStudioId(), s.getStudioId() == null ? null : studios.findById(s.getStudioId()).map(InnovationStudio::getName).orElse(null),
                s.getContestId(), s.getContestId() == null ? null : contests.findById(s.getContestId()).map(Contest::getName).orElse(null),
                s.getVersion());
    }

    private CraftViews.Evaluation view(EmployerEvaluation e, Map<Long, String> employerNames) {
        return new CraftViews.Evaluation(e.getId(), e.getUnionId(), orgTree.nameOf(e.getUnionId()).orElse(null), e.getEmployerId(),
                employerNames.get(e.getEmployerId()), e.isAssociation(), e.getEvalYear(), e.getKind(), e.getEvaluated(), e.isDemonstration(), e.getVersion());
    }
}
