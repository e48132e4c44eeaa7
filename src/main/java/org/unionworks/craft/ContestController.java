package org.unionworks.craft;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.craft.web.ContestRequest;
import org.unionworks.craft.web.CraftViews;
import org.unionworks.craft.web.NoticeRequest;
import org.unionworks.craft.web.ResolveRequest;
import org.unionworks.craft.web.ResultObjectionRequest;
import org.unionworks.craft.web.VersionRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.DateRange;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Contests: list, create, edit, 公示, 撤回公示, 公布, objections, the public results and the export. */
@RestController
class ContestController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "竞赛名称", "类别", "级别", "开始日期", "结束日期", "状态", "比武项目数",
            "参赛单位数", "参赛人次", "决赛人数", "获奖人数", "组织工会");

    private final ContestService service;
    private final ContestRepository contests;
    private final ContestObjectionRepository objections;
    private final ContestCounts counts;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final RateLimiter limiter;
    private final ContestViews views;

    ContestController(ContestService service, ContestRepository contests, ContestObjectionRepository objections, ContestCounts counts,
                      Subtrees subtrees, OrgTree orgTree, Dictionaries dictionaries, SpreadsheetExports exports, RateLimiter limiter,
                      ContestViews views) {
        this.service = service;
        this.contests = contests;
        this.objections = objections;
        this.counts = counts;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
        this.limiter = limiter;
        this.views = views;
    }

    /** Contests of a subtree (the caller's by default) of a kind, level and status, ending in a period, named like {@code q}. */
    @GetMapping("/api/contests")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    PageResponse<CraftViews.Contest> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String level, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String q,
                                          @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = contests.findAll(filter(under, kind, level, status, from, to, q), pageable);
        Map<Long, ContestCounts.Totals> totals = counts.of(page.map(Contest::getId).getContent());
        return PageResponse.of(page.map(c -> view(c, totals.get(c.getId()))));
    }

    @GetMapping("/api/contests/{id}")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    CraftViews.Contest get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/contests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Contest create(@Valid @RequestBody ContestRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择组织工会");
        }
        return view(service.create(r.unionId(), facts(r)));
    }

    @PutMapping("/api/contests/{id}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Contest update(@PathVariable long id, @Valid @RequestBody ContestRequest r) {
        return view(service.update(id, r.version(), facts(r)));
    }

    @PostMapping("/api/contests/{id}/notice")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Contest notice(@PathVariable long id, @Valid @RequestBody NoticeRequest r) {
        return view(service.startNotice(id, r.version(), r.noticeFrom(), r.noticeTo()));
    }

    @PostMapping("/api/contests/{id}/withdraw-notice")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Contest withdrawNotice(@PathVariable long id, @RequestBody VersionRequest r) {
        return view(service.withdrawNotice(id, r.version()));
    }

    @PostMapping("/api/contests/{id}/publish")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Contest publish(@PathVariable long id, @RequestBody VersionRequest r) {
        return view(service.publish(id, r.version()));
    }

    @GetMapping("/api/contests/{id}/objections")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    List<CraftViews.Objection> objections(@PathVariable long id) {
        service.get(id);
        return objections.findByContestIdOrderById(id).stream().map(ContestController::view).toList();
    }

    @PostMapping("/api/contest-objections/{id}/resolve")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Objection resolve(@PathVariable long id, @Valid @RequestBody ResolveRequest r) {
        return view(service.resolve(id, Texts.clean(r.resolution())));
    }

    /** The 公示 page's contests: results whose notice window includes today, winners only, no personal data. */
    @GetMapping("/api/public/contest-results")
    @Transactional(readOnly = true)
    List<CraftViews.PublicResults> publicResults(HttpServletRequest request) {
        limiter.check("contest-results", request, 120, 60_000);
        LocalDate today = LocalDate.now();
        return contests.findByStatus(ContestStatus.NOTICE).stream().filter(c -> c.inNoticeOn(today))
                .map(c -> new CraftViews.PublicResults(c.getId(), c.getName(), orgTree.nameOf(c.getUnionId()).orElse(null),
                        c.getNoticeFrom(), c.getNoticeTo(), views.winners(c.getId()))).toList();
    }

    @PostMapping("/api/public/contest-results/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    CraftViews.ObjectionReceived object(@PathVariable long id, @Valid @RequestBody ResultObjectionRequest r, HttpServletRequest request) {
        limiter.checkSubmission("objection", request);
        service.object(id, Texts.clean(r.content()), Texts.blankToNull(r.contact()));
        return new CraftViews.ObjectionReceived("异议已收到，竞赛组织工会将核实处理");
    }

    @GetMapping("/api/contests/export")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String level, @RequestParam(required = false) String status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Specification<Contest> spec = filter(under, kind, level, status, from, to, q);
        var pages = new PagedIterator<>(page -> contests.findAll(spec, PageRequest.of(page, 1000, Sort.by("startsOn", "id"))));
        exports.write(SpreadsheetExports.download(response, "劳动和技能竞赛.xlsx"), "Contest", "劳动和技能竞赛", EXPORT_HEADERS, pages,
                c -> {
                    ContestCounts.Totals t = counts.of(List.of(c.getId())).get(c.getId());
                    return Arrays.asList(c.getId(), c.getName(), label("contest_kind", c.getKind()), label("contest_level", c.getLevel()),
                            c.getStartsOn(), c.getEndsOn(), statusLabel(c.getStatus()), t.items(), t.units(), t.participants(),
                            t.finalists(), t.winners(), orgTree.nameOf(c.getUnionId()).orElse(null));
                },
                SpreadsheetExports.filters("under", under, "kind", kind, "level", level, "status", status, "from", from, "to", to, "q", q));
    }

    private Specification<Contest> filter(Long under, String kind, String level, String status, LocalDate from, LocalDate to, String q) {
        List<Specification<Contest>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(kind) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), kind.strip()));
        }
        if (Texts.blankToNull(level) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("level"), level.strip()));
        }
        if (Texts.blankToNull(status) != null) {
            ContestStatus s = Arrays.stream(ContestStatus.values()).filter(v -> v.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "状态只能是 OPEN、NOTICE 或 PUBLISHED"));
            parts.add((r, query, cb) -> cb.equal(r.get("status"), s));
        }
        parts.add(DateRange.of("endsOn", from, to));
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("name"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    private static ContestService.Facts facts(ContestRequest r) {
        return new ContestService.Facts(Texts.clean(r.name()), r.kind(), r.level(), Texts.blankToNull(r.industry()), r.startsOn(), r.endsOn());
    }

    private String label(String type, String code) {
        return code == null ? null : dictionaries.label(type, code).orElse(code);
    }

    static String statusLabel(ContestStatus s) {
        return switch (s) {
            case OPEN -> "进行中";
            case NOTICE -> "结果公示";
            case PUBLISHED -> "结果已公布";
        };
    }

    private CraftViews.Contest view(Contest c) {
        return view(c, counts.of(List.of(c.getId())).get(c.getId()));
    }

    private CraftViews.Contest view(Contest c, ContestCounts.Totals t) {
        return new CraftViews.Contest(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getName(), c.getKind(),
                c.getLevel(), c.getIndustry(), c.getStartsOn(), c.getEndsOn(), c.getStatus().name(), c.getNoticeFrom(), c.getNoticeTo(),
                c.getPublishedOn(), t.items(), t.units(), t.participants(), t.finalists(), t.winners(), t.openObjections(), c.getVersion());
    }

    private static CraftViews.Objection view(ContestObjection o) {
        return new CraftViews.Objection(o.getId(), o.getContent(), o.getRaisedAt(), o.getResolution(), o.getResolvedBy(), o.isOpen());
    }
}
