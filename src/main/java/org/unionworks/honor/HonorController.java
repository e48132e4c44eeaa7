package org.unionworks.honor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.unionworks.honor.web.HonoreeRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The honoree register (劳模库): search, profiles, honors, care records, export. */
@RestController
class HonorController {

    static final List<String> EXPORT_HEADERS = List.of("姓名/集体", "类型", "身份证号", "工作单位", "职务岗位", "状态", "所获荣誉", "所属工会");

    static final Map<String, String> STATUS_LABELS = Map.of("WORKING", "在职", "RETIRED", "退休", "DECEASED", "已故");

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

    @GetMapping("/api/honor-titles")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    List<Map<String, Object>> titles() {
        return titles.findAllByOrderByLevelAscIdAsc().stream().map(t -> Map.<String, Object>of("id", t.getId(), "name", t.getName(),
                "level", t.getLevel(), "kind", t.getKind(), "awardingBody", t.getAwardingBody())).toList();
    }

    @PostMapping("/api/honor-titles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:catalogue')")
    @Transactional
    Map<String, Object> createTitle(@RequestBody Map<String, String> body) {
        String name = Texts.blankToNull(body.get("name"));
        String level = body.get("level");
        String kind = body.get("kind");
        String by = Texts.blankToNull(body.get("awardingBody"));
        if (name == null || by == null || !List.of("NATIONAL", "PROVINCIAL", "CITY", "DISTRICT").contains(level)
                || !List.of("INDIVIDUAL", "COLLECTIVE").contains(kind)) {
            throw new InvalidInputException("name", "请填写称号名称、授予机关，并选择级别和个人/集体");
        }
        HonorTitle t = titles.saveAndFlush(new HonorTitle(Texts.clean(name), level, kind, Texts.clean(by)));
        return Map.of("id", t.getId(), "name", t.getName());
    }

    /** Search by name, level, title, year, status within a subtree. */
    @GetMapping("/api/honorees")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    PageResponse<Map<String, Object>> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                           @RequestParam(required = false) String level, @RequestParam(required = false) Long titleId,
                                           @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                                           @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(honorees.findAll(filter(under, q, level, titleId, year, status), pageable).map(this::view));
    }

    @GetMapping("/api/honorees/{id}")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> v = view(service.get(id));
        v.put("care", jdbc.sql("select id, kind, care_on, amount, handled_by, note from care_record where honoree_id = :h order by care_on desc")
                .param("h", id).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("kind", rs.getString(2));
                    m.put("careOn", rs.getObject(3, LocalDate.class));
                    m.put("amount", rs.getBigDecimal(4));
                    m.put("handledBy", rs.getString(5));
                    m.put("note", rs.getString(6));
                    return m;
                }).list());
        return v;
    }

    @PostMapping("/api/honorees")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> create(@Valid @RequestBody HonoreeRequest r) {
        return view(service.create(r));
    }

    @PutMapping("/api/honorees/{id}")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> update(@PathVariable long id, @Valid @RequestBody HonoreeRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/honorees/{id}/awards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> award(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Object title = body.get("titleId");
        Object year = body.get("year");
        if (!(title instanceof Number) || !(year instanceof Number)) {
            throw new InvalidInputException("titleId", "请选择荣誉称号并填写获得年份");
        }
        service.award(id, ((Number) title).longValue(), ((Number) year).intValue(), Texts.blankToNull((String) body.get("certificateNo")));
        return get(id);
    }

    @PostMapping("/api/honor-awards/{id}/revoke")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> revoke(@PathVariable long id, @RequestBody Map<String, String> body) {
        String reason = Texts.blankToNull(body.get("reason"));
        if (reason == null || reason.length() > 200) {
            throw new InvalidInputException("reason", "请填写撤销原因（不超过200个字符）");
        }
        HonorAward a = service.revoke(id, date(body.get("on")), reason);
        return get(a.getHonoreeId());
    }

    @PostMapping("/api/honorees/{id}/care")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> care(@PathVariable long id, @RequestBody Map<String, Object> body) {
        BigDecimal amount = body.get("amount") == null ? BigDecimal.ZERO : new BigDecimal(String.valueOf(body.get("amount")));
        service.care(id, (String) body.get("kind"), date((String) body.get("on")), amount,
                Texts.blankToNull((String) body.get("handledBy")), Texts.blankToNull((String) body.get("note")));
        return get(id);
    }

    /** Living honorees of the subtree not visited (走访慰问) in the year. */
    @GetMapping("/api/honorees/not-visited")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    List<Map<String, Object>> notVisited(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        Specification<Honoree> spec = filter(under, null, null, null, null, null)
                .and((r, q, cb) -> cb.notEqual(r.get("status"), "DECEASED"));
        List<Long> visited = jdbc.sql("select distinct honoree_id from care_record where kind = 'VISIT' and care_on between :f and :t")
                .param("f", LocalDate.of(y, 1, 1)).param("t", LocalDate.of(y, 12, 31)).query(Long.class).list();
        return honorees.findAll(spec, Sort.by("id")).stream().filter(h -> !visited.contains(h.getId())).map(this::view).toList();
    }

    @GetMapping("/api/honorees/export")
    @PreAuthorize("hasAuthority('honor:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String level,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                HttpServletResponse response) throws IOException {
        Specification<Honoree> spec = filter(under, null, level, null, year, status);
        var rows = new PagedIterator<>(page -> honorees.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "劳模库.xlsx"), "Honoree", "劳模库", EXPORT_HEADERS, rows, h -> {
            Map<String, Object> v = view(h);
            return Arrays.asList(h.getName(), h.getKind().equals("PERSON") ? "个人" : "集体", v.get("idNumber"), h.getEmployerName(),
                    h.getPost(), STATUS_LABELS.get(h.getStatus()), v.get("honorsText"), v.get("unionName"));
        }, SpreadsheetExports.filters("under", under, "level", level, "year", year, "status", status));
    }

    private Specification<Honoree> filter(Long under, String q, String level, Long titleId, Integer year, String status) {
        List<Specification<Honoree>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("name"), text.replace("%", "") + "%"));
        }
        if (status != null && !status.isBlank()) {
            parts.add((r, query, cb) -> cb.equal(r.get("status"), status));
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

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new InvalidInputException("on", "请填写日期（yyyy-MM-dd）");
        }
    }

    Map<String, Object> view(Honoree h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.getId());
        m.put("unionId", h.getUnionId());
        m.put("unionName", orgTree.nameOf(h.getUnionId()).orElse(null));
        m.put("kind", h.getKind());
        m.put("name", h.getName());
        m.put("idNumber", h.getIdNumber() == null ? null : IdNumbers.mask(h.getIdNumber()));
        m.put("sex", h.getSex());
        m.put("employerName", h.getEmployerName());
        m.put("post", h.getPost());
        m.put("deeds", h.getDeeds());
        m.put("memberId", h.getMemberId());
        m.put("photoFileId", h.getPhotoFileId());
        m.put("status", h.getStatus());
        m.put("publicProfile", h.isPublicProfile());
        List<Map<String, Object>> honors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (HonorAward a : awards.findByHonoreeIdOrderByAwardYearDesc(h.getId())) {
            HonorTitle t = titles.findById(a.getTitleId()).orElseThrow();
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.getId());
            am.put("titleId", t.getId());
            am.put("title", t.getName());
            am.put("level", t.getLevel());
            am.put("year", a.getAwardYear());
            am.put("certificateNo", a.getCertificateNo());
            am.put("revokedOn", a.getRevokedOn());
            am.put("revokedReason", a.getRevokedReason());
            honors.add(am);
            text.append(text.isEmpty() ? "" : "；").append(a.getAwardYear()).append("年").append(t.getName())
                    .append(a.getRevokedOn() == null ? "" : "（已撤销）");
        }
        m.put("honors", honors);
        m.put("honorsText", text.toString());
        m.put("version", h.getVersion());
        return m;
    }
}
