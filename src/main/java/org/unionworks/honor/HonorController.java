package org.unionworks.honor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.unionworks.platform.data.ListFilter;
import org.unionworks.honor.web.AwardRequest;
import org.unionworks.honor.web.CareRequest;
import org.unionworks.honor.web.HonorViews;
import org.unionworks.honor.web.HonoreeRequest;
import org.unionworks.honor.web.RevokeRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.WithdrawRequest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The honoree register (劳模库): search, profiles, honors, care records, export. */
@RestController
class HonorController {

    static final List<String> EXPORT_HEADERS = List.of("姓名/集体", "类型", "身份证号", "工作单位", "职务岗位", "状态", "所获荣誉", "所属工会");


    private final HonorService service;
    private final HonoreeRepository honorees;
    private final HonorAwardRepository awards;
    private final HonorTitleRepository titles;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final JdbcClient jdbc;
    private final SpreadsheetExports exports;

    HonorController(HonorService service, HonoreeRepository honorees, HonorAwardRepository awards, HonorTitleRepository titles,
                    Subtrees subtrees, OrgTree orgTree, JdbcClient jdbc, SpreadsheetExports exports) {
        this.service = service;
        this.honorees = honorees;
        this.awards = awards;
        this.titles = titles;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
        this.exports = exports;
    }

    /** Search by name, level, title, year, status within a subtree. */
    @GetMapping("/api/honorees")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    PageResponse<HonorViews.Honoree> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                           @RequestParam(required = false) String level, @RequestParam(required = false) Long titleId,
                                           @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                                           @RequestParam(required = false) Integer notVisitedIn,
                                           @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(honorees.findAll(filter(under, q, level, titleId, year, status, notVisitedIn), pageable).map(this::view));
    }

    @GetMapping("/api/honorees/{id}")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    HonorViews.Honoree get(@PathVariable long id) {
        var care = jdbc.sql("""
                        select id, kind, care_on, amount, handled_by, note, version from care_record
                         where honoree_id = :h order by care_on desc, id desc""")
                .param("h", id).query((rs, n) -> new HonorViews.Care(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getLong(7))).list();
        return view(service.get(id), care);
    }

    @PostMapping("/api/honorees")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree create(@Valid @RequestBody HonoreeRequest r) {
        return view(service.create(r));
    }

    @PutMapping("/api/honorees/{id}")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree update(@PathVariable long id, @Valid @RequestBody HonoreeRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/honorees/{id}/awards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree award(@PathVariable long id, @Valid @RequestBody AwardRequest body) {
        service.award(id, body.titleId(), body.year(), Texts.blankToNull(body.certificateNo()));
        return get(id);
    }

    @PutMapping("/api/honor-awards/{id}")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree correctAward(@PathVariable long id, @Valid @RequestBody AwardRequest body) {
        return get(service.correctAward(id, body).getHonoreeId());
    }

    @PostMapping("/api/honor-awards/{id}/withdraw")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree withdrawAward(@PathVariable long id, @Valid @RequestBody WithdrawRequest body) {
        return get(service.withdrawAward(id, body.reason()));
    }

    @PostMapping("/api/honor-awards/{id}/revoke")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree revoke(@PathVariable long id, @Valid @RequestBody RevokeRequest body) {
        HonorAward a = service.revoke(id, body.on(), body.reason().strip());
        return get(a.getHonoreeId());
    }

    @PostMapping("/api/honorees/{id}/care")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree care(@PathVariable long id, @Valid @RequestBody CareRequest body) {
        service.care(id, body);
        return get(id);
    }

    @PutMapping("/api/care-records/{id}")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree correctCare(@PathVariable long id, @Valid @RequestBody CareRequest body) {
        return get(service.correctCare(id, body).getHonoreeId());
    }

    @PostMapping("/api/care-records/{id}/withdraw")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Honoree withdrawCare(@PathVariable long id, @Valid @RequestBody WithdrawRequest body) {
        return get(service.withdrawCare(id, body.reason()));
    }

    /** Living honorees with no visit (走访慰问) in the year: 本年未走访. */
    private static Specification<Honoree> notVisitedIn(int year) {
        return (r, query, cb) -> {
            var visits = query.subquery(Long.class);
            var c = visits.from(CareRecord.class);
            visits.select(c.get("honoreeId")).where(cb.equal(c.get("kind"), "VISIT"),
                    cb.between(c.get("careOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            return cb.and(cb.notEqual(r.get("status"), HonoreeStatus.DECEASED), cb.not(r.get("id").in(visits)));
        };
    }

    @GetMapping("/api/honorees/export")
    @PreAuthorize("hasAuthority('honor:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                @RequestParam(required = false) String level, @RequestParam(required = false) Long titleId,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer notVisitedIn, HttpServletResponse response) throws IOException {
        Specification<Honoree> spec = filter(under, q, level, titleId, year, status, notVisitedIn);
        var rows = new PagedIterator<>(page -> honorees.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "劳模库.xlsx"), "Honoree", "劳模库", EXPORT_HEADERS, rows, h -> {
            HonorViews.Honoree v = view(h);
            return Arrays.asList(h.getName(), h.getKind().equals("PERSON") ? "个人" : "集体", v.idNumber(), h.getEmployerName(),
                    h.getPost(), h.getStatus().label(), v.honorsText(), v.unionName());
        }, SpreadsheetExports.filters("under", under, "q", q, "level", level, "titleId", titleId, "year", year, "status", status,
                "notVisitedIn", notVisitedIn));
    }

    private Specification<Honoree> filter(Long under, String q, String level, Long titleId, Integer year, String status,
                                          Integer notVisitedIn) {
        List<Specification<Honoree>> parts = new ArrayList<>();
        if (notVisitedIn != null) {
            parts.add(notVisitedIn(notVisitedIn));
        }
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        parts.add((r, query, cb) -> cb.isNull(r.get("mergedInto")));
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("name"), ListFilter.startingWith(text), ListFilter.ESCAPE));
        }
        if (status != null && !status.isBlank()) {
            HonoreeStatus wanted = HonoreeStatus.of(status.strip())
                    .orElseThrow(() -> new InvalidInputException("status", "状态只能是在职、退休或已故"));
            parts.add((r, query, cb) -> cb.equal(r.get("status"), wanted));
        }
        if (level != null || titleId != null || year != null) {
            parts.add((r, query, cb) -> {
                var sub = query.subquery(Long.class);
                var a = sub.from(HonorAward.class);
                var t = sub.from(HonorTitle.class);
                List<jakarta.persistence.criteria.Predicate> p = new ArrayList<>();
                p.add(cb.equal(a.get("titleId"), t.get("id")));
                p.add(cb.isNull(a.get("revokedOn")));
                if (level != null && !level.isBlank()) {
                    p.add(cb.equal(t.get("level"), level));
                }
                if (titleId != null) {
                    p.add(cb.equal(t.get("id"), titleId));
                }
                if (year != null) {
                    p.add(cb.equal(a.get("awardYear"), year));
                }
                sub.select(a.get("honoreeId")).where(p.toArray(jakarta.persistence.criteria.Predicate[]::new));
                return r.get("id").in(sub);
            });
        }
        return Specification.allOf(parts);
    }

    HonorViews.Honoree view(Honoree h) {
        return view(h, null);
    }

    private HonorViews.Honoree view(Honoree h, List<HonorViews.Care> care) {
        List<HonorViews.Award> honors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (HonorAward a : awards.findByHonoreeIdOrderByAwardYearDesc(h.getId())) {
            HonorTitle t = titles.findById(a.getTitleId()).orElseThrow();
            honors.add(new HonorViews.Award(a.getId(), t.getId(), t.getName(), t.getLevel(), a.getAwardYear(), a.getCertificateNo(),
                    a.getRevokedOn(), a.getRevokedReason(), a.getVersion()));
            text.append(text.isEmpty() ? "" : "；").append(a.getAwardYear()).append("年").append(t.getName())
                    .append(a.getRevokedOn() == null ? "" : "（已撤销）");
        }
        return new HonorViews.Honoree(h.getId(), h.getUnionId(), orgTree.nameOf(h.getUnionId()).orElse(null), h.getKind(), h.getName(),
                h.getIdNumber() == null ? null : IdNumbers.mask(h.getIdNumber()), h.getSex(), h.getEmployerName(), h.getPost(),
                h.getDeeds(), h.getMemberId(), h.getPhotoFileId(), h.getStatus().name(), h.isPublicProfile(), honors, text.toString(),
                h.getVersion(), care);
    }
}
