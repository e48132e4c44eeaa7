package org.unionworks.honor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.files.WordTemplates;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Selection campaigns, nominations through their stages, the public notice with objections, the form and the results. */
@RestController
class CampaignController {

    private final CampaignService service;
    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final FileStore files;
    private final SpreadsheetExports exports;
    private final RateLimiter limiter;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    CampaignController(CampaignService service, JdbcClient jdbc, Scopes scopes, OrgTree orgTree, FileStore files,
                       SpreadsheetExports exports, RateLimiter limiter, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.service = service;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.files = files;
        this.exports = exports;
        this.limiter = limiter;
    }

    /** A campaign: name, year, timetable, and quotas ({titleId, unionId (empty = overall), quota}). */
    @PostMapping("/api/honor-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:campaign')")
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        long union = CurrentUsers.require().unionId();
        String name = Texts.blankToNull((String) body.get("name"));
        LocalDate from = date(body.get("nominateFrom"));
        LocalDate to = date(body.get("nominateTo"));
        if (name == null || name.length() > 100 || to.isBefore(from) || !(body.get("year") instanceof Number year)) {
            throw new InvalidInputException("name", "请填写名称、年度和推荐起止日期");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into honor_campaign (union_id, name, award_year, nominate_from, nominate_to, version, created_at, updated_at)
                values (:u, :n, :y, :f, :t, 0, :now, :now)""").param("u", union).param("n", Texts.clean(name))
                .param("y", year.intValue()).param("f", from).param("t", to).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        if (!(body.get("quotas") instanceof List<?> quotas) || quotas.isEmpty()) {
            throw new InvalidInputException("quotas", "请设置评选的荣誉称号和名额");
        }
        for (Object o : quotas) {
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) o;
            Long share = q.get("unionId") instanceof Number n ? n.longValue() : null;
            if (share != null) {
                scopes.requireOpen(share);
            }
            jdbc.sql("insert into campaign_quota (campaign_id, title_id, union_id, quota) values (:c, :t, :u, :q)")
                    .param("c", id).param("t", ((Number) q.get("titleId")).longValue()).param("u", share)
                    .param("q", ((Number) q.get("quota")).intValue()).update();
        }
        return Map.of("id", id, "name", name);
    }

    /** Campaigns organized within the user's subtree or by a union above it (which the user nominates to), newest first. */
    @GetMapping("/api/honor-campaigns")
    @PreAuthorize("hasAuthority('honor:read')")
    List<Map<String, Object>> list() {
        var scope = sqlScopes.sharedWithMe("c.union_id");
        return scope.bind(jdbc.sql("""
                        select c.id, c.name, c.award_year, c.nominate_from, c.nominate_to, c.union_id,
                               (select count(*) from nomination n where n.campaign_id = c.id) as nominations
                          from honor_campaign c
                         where %s
                         order by c.nominate_from desc, c.id desc""".formatted(scope.sql())))
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("name", rs.getString(2));
                    m.put("year", rs.getInt(3));
                    m.put("nominateFrom", rs.getObject(4, LocalDate.class));
                    m.put("nominateTo", rs.getObject(5, LocalDate.class));
                    m.put("organizerName", orgTree.nameOf(rs.getLong(6)).orElse(null));
                    m.put("nominations", rs.getLong(7));
                    return m;
                }).list();
    }

    @GetMapping("/api/honor-campaigns/{id}")
    @PreAuthorize("hasAuthority('honor:read')")
    Map<String, Object> get(@PathVariable long id) {
        service.campaignOrganizer(id);
        Map<String, Object> c = jdbc.sql("select id, name, award_year, nominate_from, nominate_to, union_id from honor_campaign where id = :id")
                .param("id", id).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("name", rs.getString(2));
                    m.put("year", rs.getInt(3));
                    m.put("nominateFrom", rs.getObject(4, LocalDate.class));
                    m.put("nominateTo", rs.getObject(5, LocalDate.class));
                    m.put("organizerName", orgTree.nameOf(rs.getLong(6)).orElse(null));
                    return m;
                }).single();
        c.put("quotas", jdbc.sql("""
                        select q.title_id, t.name, q.union_id, q.quota from campaign_quota q join honor_title t on t.id = q.title_id
                         where q.campaign_id = :id order by q.title_id, q.union_id nulls first""").param("id", id)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("titleId", rs.getLong(1));
                    m.put("title", rs.getString(2));
                    Long share = rs.getObject(3, Long.class);
                    m.put("unionId", share);
                    m.put("unionName", share == null ? null : orgTree.nameOf(share).orElse(null));
                    m.put("quota", rs.getInt(4));
                    return m;
                }).list());
        c.put("nominations", jdbc.sql(CampaignService.SELECT + " where n.campaign_id = :id order by n.id").param("id", id)
                .query((rs, n) -> CampaignService.map(rs)).list().stream().filter(n -> scopes.isVisible(n.unionId()))
                .map(this::view).toList());
        return c;
    }

    @PostMapping("/api/honor-campaigns/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    @org.springframework.transaction.annotation.Transactional
    Map<String, Object> nominate(@PathVariable long id, @RequestBody Map<String, Object> body) {
        String achievements = Texts.blankToNull((String) body.get("achievements"));
        String name = Texts.blankToNull((String) body.get("name"));
        if (name == null || achievements == null || achievements.length() > 4000 || !(body.get("titleId") instanceof Number t)
                || !(body.get("unionId") instanceof Number u)) {
            throw new InvalidInputException("achievements", "请填写推荐单位、候选人、推荐称号和主要事迹（不超过4000字）");
        }
        List<String> fileIds = body.get("fileIds") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        if (fileIds.size() > 20 || fileIds.stream().anyMatch(f -> files.find(f).isEmpty())) {
            throw new InvalidInputException("fileIds", "证明材料不存在或无权访问（最多20个）");
        }
        long nomination = service.nominate(id, u.longValue(), t.longValue(), Texts.clean(name),
                IdNumbers.normalize(Texts.blankToNull((String) body.get("idNumber"))), Texts.blankToNull((String) body.get("employerName")),
                Texts.blankToNull((String) body.get("post")), achievements);
        fileIds.stream().distinct().forEach(f -> jdbc.sql("insert into nomination_file (nomination_id, file_id) values (:n, :f)")
                .param("n", nomination).param("f", f).update());
        return view(service.get(nomination));
    }

    @PostMapping("/api/nominations/{id}/approve")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> approve(@PathVariable long id, @RequestBody Map<String, Object> body) {
        service.approve(id, Texts.blankToNull((String) body.get("note")),
                body.get("noticeFrom") == null ? null : date(body.get("noticeFrom")),
                body.get("noticeTo") == null ? null : date(body.get("noticeTo")));
        return view(service.get(id));
    }

    @PostMapping("/api/nominations/{id}/return")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> returnIt(@PathVariable long id, @RequestBody Map<String, String> body) {
        service.returnOrReject(id, false, note(body));
        return view(service.get(id));
    }

    @PostMapping("/api/nominations/{id}/reject")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> reject(@PathVariable long id, @RequestBody Map<String, String> body) {
        service.returnOrReject(id, true, note(body));
        return view(service.get(id));
    }

    @PostMapping("/api/nominations/{id}/resubmit")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> resubmit(@PathVariable long id, @RequestBody Map<String, String> body) {
        String achievements = Texts.blankToNull(body.get("achievements"));
        if (achievements == null || achievements.length() > 4000) {
            throw new InvalidInputException("achievements", "请填写修改后的主要事迹（不超过4000字）");
        }
        service.resubmit(id, achievements);
        return view(service.get(id));
    }

    @PostMapping("/api/objections/{id}/resolve")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> resolve(@PathVariable long id, @RequestBody Map<String, String> body) {
        service.resolve(id, note(body));
        return Map.of("id", id, "resolved", true);
    }

    /** The 公示 page's data: nominations whose notice window includes today (no personal data). */
    @GetMapping("/api/public/notices")
    List<Map<String, Object>> notices(HttpServletRequest request) {
        limiter.check("notices", request, 120, 60_000);
        LocalDate today = LocalDate.now();
        return jdbc.sql("""
                        select n.id, n.name, n.employer_name, n.post, n.achievements, t.name, c.name, n.notice_from, n.notice_to
                          from nomination n join honor_title t on t.id = n.title_id join honor_campaign c on c.id = n.campaign_id
                         where n.stage = 'NOTICE' and n.status = 'ACTIVE' and n.notice_from <= :d and n.notice_to >= :d
                         order by c.id, n.id""").param("d", today)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("name", rs.getString(2));
                    m.put("employerName", rs.getString(3));
                    m.put("post", rs.getString(4));
                    m.put("achievements", rs.getString(5));
                    m.put("title", rs.getString(6));
                    m.put("campaign", rs.getString(7));
                    m.put("noticeFrom", rs.getObject(8, LocalDate.class));
                    m.put("noticeTo", rs.getObject(9, LocalDate.class));
                    return m;
                }).list();
    }

    @PostMapping("/api/public/notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> object(@PathVariable long id, @RequestBody Map<String, String> body, HttpServletRequest request) {
        limiter.checkSubmission("objection", request);
        String content = Texts.blankToNull(body.get("content"));
        if (content == null || content.length() > 1000) {
            throw new InvalidInputException("content", "请填写异议内容（不超过1000字）");
        }
        service.object(id, content, Texts.blankToNull(body.get("contact")));
        return Map.of("message", "异议已收到，评选组织工会将核实处理");
    }

    /** 推荐审批表 as .docx, from the campaign's own template or the default one. */
    @GetMapping("/api/nominations/{id}/form")
    @PreAuthorize("hasAuthority('honor:read')")
    void form(@PathVariable long id, HttpServletResponse response) throws IOException {
        var n = service.get(id);
        String fileId = jdbc.sql("select form_file_id from honor_campaign where id = :c").param("c", n.campaignId())
                .query(String.class).optional().orElse(null);
        byte[] template = fileId == null ? NominationForm.defaultTemplate() : files.readShared(fileId);
        String opinions = String.join("；", jdbc.sql("""
                        select stage, note from nomination_step where nomination_id = :id and action = 'APPROVE' order by id""")
                .param("id", id).query((rs, i) -> CampaignService.STAGE_LABELS.get(rs.getString(1)) + "：" + rs.getString(2)).list());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("姓名", n.name());
        values.put("工作单位", String.valueOf(n.employerName()));
        values.put("职务", String.valueOf(n.post()));
        values.put("推荐称号", jdbc.sql("select name from honor_title where id = :t").param("t", n.titleId()).query(String.class).single());
        values.put("推荐单位", orgTree.nameOf(n.unionId()).orElse(""));
        values.put("主要事迹", jdbc.sql("select achievements from nomination where id = :id").param("id", id).query(String.class).single());
        values.put("审核意见", opinions.isEmpty() ? "（待审核）" : opinions);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordTemplates.fill(doc, values);
            doc.write(out);
            response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(n.name() + "推荐审批表.docx", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            response.getOutputStream().write(out.toByteArray());
        }
    }

    /** Replace the campaign's nomination form with an uploaded .docx using the same placeholders. */
    @PostMapping("/api/honor-campaigns/{id}/form-template")
    @PreAuthorize("hasAuthority('honor:campaign')")
    Map<String, Object> formTemplate(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        service.campaignOrganizer(id);
        try (XWPFDocument doc = new XWPFDocument(file.getInputStream())) {
            var unknown = new java.util.TreeSet<>(WordTemplates.placeholders(doc));
            unknown.removeAll(NominationForm.PLACEHOLDERS);
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("file", "模板中有无法识别的占位符：{{" + String.join("}}、{{", unknown) + "}}");
            }
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new InvalidInputException("file", "请上传 .docx 格式的 Word 文档");
        }
        String stored = files.store(file).id();
        jdbc.sql("update honor_campaign set form_file_id = :f where id = :id").param("f", stored).param("id", id).update();
        return Map.of("id", id, "formFileId", stored);
    }

    @GetMapping("/api/honor-campaigns/{id}/results/export")
    @PreAuthorize("hasAuthority('honor:export')")
    void results(@PathVariable long id, HttpServletResponse response) throws IOException {
        service.campaignOrganizer(id);
        var rows = jdbc.sql(CampaignService.SELECT + " where n.campaign_id = :id order by n.stage desc, n.id").param("id", id)
                .query((rs, n) -> CampaignService.map(rs)).list().stream().filter(n -> scopes.isVisible(n.unionId())).toList();
        exports.write(SpreadsheetExports.download(response, "评选结果.xlsx"), "Nomination", "评选结果",
                List.of("候选人", "工作单位", "推荐称号", "推荐单位", "环节", "状态"), rows.iterator(), n -> {
                    Map<String, Object> v = view(n);
                    return Arrays.asList(n.name(), n.employerName(), v.get("title"), v.get("unionName"), v.get("stageLabel"), n.status());
                }, SpreadsheetExports.filters("campaign", id));
    }

    private Map<String, Object> view(CampaignService.Nomination n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("campaignId", n.campaignId());
        m.put("unionId", n.unionId());
        m.put("unionName", orgTree.nameOf(n.unionId()).orElse(null));
        m.put("titleId", n.titleId());
        m.put("title", jdbc.sql("select name from honor_title where id = :t").param("t", n.titleId()).query(String.class).single());
        m.put("name", n.name());
        m.put("idNumber", n.idNumber() == null ? null : IdNumbers.mask(n.idNumber()));
        m.put("employerName", n.employerName());
        m.put("stage", n.stage());
        m.put("stageLabel", CampaignService.STAGE_LABELS.get(n.stage()));
        m.put("status", n.status());
        m.put("noticeFrom", n.noticeFrom());
        m.put("noticeTo", n.noticeTo());
        List<String> fileIds = jdbc.sql("select file_id from nomination_file where nomination_id = :id").param("id", n.id())
                .query(String.class).list();
        m.put("files", files.describe(fileIds).stream().map(f -> Map.of("id", f.id(), "filename", f.filename())).toList());
        m.put("objections", jdbc.sql("select id, content, resolution from nomination_objection where nomination_id = :id order by id")
                .param("id", n.id()).query((rs, i) -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", rs.getLong(1));
                    o.put("content", rs.getString(2));
                    o.put("resolution", rs.getString(3));
                    return o;
                }).list());
        return m;
    }

    private static String note(Map<String, String> body) {
        String note = Texts.blankToNull(body.get("note"));
        if (note == null || note.length() > 500) {
            throw new InvalidInputException("note", "请填写意见（不超过500字）");
        }
        return note;
    }

    private static LocalDate date(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (RuntimeException e) {
            throw new InvalidInputException("date", "日期格式应为 yyyy-MM-dd");
        }
    }
}
