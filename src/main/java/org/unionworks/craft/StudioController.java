package org.unionworks.craft;

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
import org.unionworks.platform.data.ListFilter;
import org.unionworks.craft.web.AchievementRequest;
import org.unionworks.craft.web.CraftViews;
import org.unionworks.craft.web.StudioReviewRequest;
import org.unionworks.craft.web.StudioRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Innovation studios: list (in force on a date, by level), name, edit, achievements, yearly reviews, export. */
@RestController
class StudioController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "工作室名称", "命名级别", "命名年度", "领衔人", "依托单位", "研究领域", "成员人数",
            "成果数", "经济效益（元）", "最近考核", "撤销日期", "所属工会");

    private final StudioService service;
    private final InnovationStudioRepository studios;
    private final StudioAchievementRepository achievements;
    private final StudioReviewRepository reviews;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final JdbcClient jdbc;

    StudioController(StudioService service, InnovationStudioRepository studios, StudioAchievementRepository achievements,
                     StudioReviewRepository reviews, Subtrees subtrees, OrgTree orgTree, Dictionaries dictionaries,
                     SpreadsheetExports exports, JdbcClient jdbc) {
        this.service = service;
        this.studios = studios;
        this.achievements = achievements;
        this.reviews = reviews;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
        this.jdbc = jdbc;
    }

    /** {@code active}: true for studios not revoked, false for revoked ones, absent for all. */
    @GetMapping("/api/studios")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    PageResponse<CraftViews.Studio> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String level,
                                         @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                                         @PageableDefault(sort = "namedYear", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = studios.findAll(filter(under, level, active, q), pageable);
        Map<Long, Totals> totals = totals(page.map(InnovationStudio::getId).getContent());
        return PageResponse.of(page.map(s -> view(s, totals)));
    }

    @GetMapping("/api/studios/{id}")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    CraftViews.Studio get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/studios")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Studio create(@Valid @RequestBody StudioRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择所属工会");
        }
        return view(service.create(r.unionId(), r));
    }

    @PutMapping("/api/studios/{id}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Studio update(@PathVariable long id, @Valid @RequestBody StudioRequest r) {
        return view(service.update(id, r));
    }

    @GetMapping("/api/studios/{id}/achievements")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    List<CraftViews.Achievement> achievements(@PathVariable long id) {
        service.get(id);
        return achievements.findByStudioIdOrderByAchievedOnDesc(id).stream().map(StudioController::view).toList();
    }

    @PostMapping("/api/studios/{id}/achievements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Achievement addAchievement(@PathVariable long id, @Valid @RequestBody AchievementRequest r) {
        return view(service.saveAchievement(id, null, r));
    }

    @PutMapping("/api/studios/{id}/achievements/{achievementId}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Achievement updateAchievement(@PathVariable long id, @PathVariable long achievementId, @Valid @RequestBody AchievementRequest r) {
        return view(service.saveAchievement(id, achievementId, r));
    }

    @GetMapping("/api/studios/{id}/reviews")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    List<CraftViews.YearlyReview> reviews(@PathVariable long id) {
        service.get(id);
        return reviews.findByStudioIdOrderByReviewYearDesc(id).stream().map(StudioController::view).toList();
    }

    @PostMapping("/api/studios/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.YearlyReview review(@PathVariable long id, @Valid @RequestBody StudioReviewRequest r) {
        return view(service.review(id, r.year(), r.result(), r.reviewedOn(), Texts.blankToNull(r.note())));
    }

    @GetMapping("/api/studios/export")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String level,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        Specification<InnovationStudio> spec = filter(under, level, active, q);
        var rows = new PagedIterator<>(page -> studios.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "创新工作室.xlsx"), "InnovationStudio", "创新工作室", EXPORT_HEADERS, rows,
                s -> {
                    CraftViews.Studio v = view(s, totals(List.of(s.getId())));
                    return Arrays.asList(v.id(), v.name(), dictionaries.label("contest_level", v.level()).orElse(v.level()), v.namedYear(),
                            v.leaderName(), v.hostName(), v.fields(), v.memberCount(), v.achievements(), v.benefit(),
                            v.lastReview() == null ? null : v.lastReviewYear() + "年" + reviewLabel(v.lastReview()), v.revokedOn(), v.unionName());
                },
                SpreadsheetExports.filters("under", under, "level", level, "active", active, "q", q));
    }

    private Specification<InnovationStudio> filter(Long under, String level, Boolean active, String q) {
        List<Specification<InnovationStudio>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(level) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("level"), level.strip()));
        }
        if (active != null) {
            parts.add((r, query, cb) -> active ? cb.isNull(r.get("revokedOn")) : cb.isNotNull(r.get("revokedOn")));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = ListFilter.containing(text);
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), like, ListFilter.ESCAPE),
                    cb.like(r.get("leaderName"), like, ListFilter.ESCAPE)));
        }
        return Specification.allOf(parts);
    }

    static String reviewLabel(String result) {
        return switch (result) {
            case "PASS" -> "合格";
            case "IMPROVE" -> "整改";
            default -> "撤销";
        };
    }

    private record Totals(long achievements, BigDecimal benefit, String lastReview, Integer lastReviewYear) {
    }

    private Map<Long, Totals> totals(List<Long> ids) {
        Map<Long, Totals> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                select s.id, (select count(*) from studio_achievement a where a.studio_id = s.id),
                       (select coalesce(sum(a.benefit), 0) from studio_achievement a where a.studio_id = s.id),
                       (select r.result from studio_review r where r.studio_id = s.id
                         and r.review_year = (select max(m.review_year) from studio_review m where m.studio_id = s.id)),
                       (select max(m.review_year) from studio_review m where m.studio_id = s.id)
                  from innovation_studio s where s.id in (:ids)""").param("ids", ids)
                .query((rs, n) -> totals.put(rs.getLong(1), new Totals(rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class)))).list();
        return totals;
    }

    private CraftViews.Studio view(InnovationStudio s) {
        return view(s, totals(List.of(s.getId())));
    }

    private CraftViews.Studio view(InnovationStudio s, Map<Long, Totals> totals) {
        Totals t = totals.getOrDefault(s.getId(), new Totals(0, BigDecimal.ZERO, null, null));
        return new CraftViews.Studio(s.getId(), s.getUnionId(), orgTree.nameOf(s.getUnionId()).orElse(null), s.getName(), s.getLevel(),
                s.getNamedYear(), s.getLeaderName(), s.getHonoreeId(), s.getHostName(), s.getEmployerId(), s.getFields(), s.getMemberCount(),
                s.getMembers(), s.getRevokedOn(), t.lastReview(), t.lastReviewYear(), t.achievements(), t.benefit(), s.getVersion());
    }

    private static CraftViews.Achievement view(StudioAchievement a) {
        return new CraftViews.Achievement(a.getId(), a.getKind(), a.getTitle(), a.getAchievedOn(), a.getBenefit(), a.getNote(), a.getVersion());
    }

    private static CraftViews.YearlyReview view(StudioReview r) {
        return new CraftViews.YearlyReview(r.getId(), r.getReviewYear(), r.getResult().name(), r.getReviewedOn(), r.getNote());
    }
}
