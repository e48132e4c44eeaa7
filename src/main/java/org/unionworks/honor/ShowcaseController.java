package org.unionworks.honor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 事迹宣传: stories written and published by editors, and the public showcase (no sign-in) of
 * published stories and of the profiles marked public — names, employers, posts, deeds and honors
 * only; never ID numbers, phones or addresses.
 */
@RestController
class ShowcaseController {

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final FileStore files;
    private final RateLimiter limiter;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    ShowcaseController(JdbcClient jdbc, Scopes scopes, OrgTree orgTree, FileStore files, RateLimiter limiter, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.files = files;
        this.limiter = limiter;
    }

    /** The caller's subtree's stories, drafts and published, newest first, a page at a time. */
    @GetMapping("/api/honor-stories")
    @PreAuthorize("hasAuthority('honor:read')")
    PageResponse<Map<String, Object>> stories(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        int offset = (Math.max(page, 1) - 1) * limit;
        var scope = sqlScopes.mine("s.union_id");
        long total = scope.bind(jdbc.sql("select count(*) from honor_story s where " + scope.sql())).query(Long.class).single();
        List<Map<String, Object>> items = scope.bind(jdbc.sql(STORY + " where " + scope.sql()
                        + " order by s.story_on desc, s.id desc limit :l offset :o")).param("l", limit).param("o", offset).query((rs, n) -> story(rs)).list();
        return new PageResponse<>(items, total, Math.max(page, 1), limit);
    }

    private static final String STORY = """
            select s.id, s.title, s.media_outlet, s.story_on, s.published, s.honoree_id, s.union_id from honor_story s""";

    private Map<String, Object> story(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getLong(1));
        m.put("title", rs.getString(2));
        m.put("mediaOutlet", rs.getString(3));
        m.put("storyOn", rs.getObject(4, LocalDate.class));
        m.put("published", rs.getBoolean(5));
        m.put("honoreeId", rs.getObject(6));
        m.put("unionName", orgTree.nameOf(rs.getLong(7)).orElse(null));
        return m;
    }

    @PostMapping("/api/honor-stories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    @Transactional
    Map<String, Object> write(@RequestBody Map<String, Object> body) {
        long union = CurrentUsers.require().unionId();
        String title = Texts.blankToNull((String) body.get("title"));
        String text = Texts.blankToNull((String) body.get("body"));
        if (title == null || title.length() > 200 || text == null || text.length() > 20000) {
            throw new InvalidInputException("title", "请填写标题（不超过200字）和正文（不超过20000字）");
        }
        Long honoree = body.get("honoreeId") instanceof Number n ? n.longValue() : null;
        if (honoree != null) {
            Long owner = jdbc.sql("select union_id from honoree where id = :id").param("id", honoree).query(Long.class).optional()
                    .filter(scopes::isVisible).orElseThrow(() -> new NotFoundException("劳模"));
            union = owner;
        }
        String image = Texts.blankToNull((String) body.get("imageFileId"));
        if (image != null && files.find(image).isEmpty()) {
            throw new InvalidInputException("imageFileId", "图片不存在或无权访问");
        }
        LocalDate on;
        try {
            on = body.get("storyOn") == null ? LocalDate.now() : LocalDate.parse((String) body.get("storyOn"));
        } catch (RuntimeException e) {
            throw new InvalidInputException("storyOn", "请填写日期（yyyy-MM-dd）");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into honor_story (union_id, honoree_id, title, body, image_file_id, media_outlet, story_on, version, created_at, updated_at)
                values (:u, :h, :t, :b, :i, :m, :on, 0, :now, :now)""")
                .param("u", union).param("h", honoree).param("t", Texts.clean(title)).param("b", text).param("i", image)
                .param("m", Texts.blankToNull((String) body.get("mediaOutlet"))).param("on", on).param("now", now).update(keys, "id");
        return jdbc.sql(STORY + " where s.id = :id").param("id", keys.getKey().longValue()).query((rs, n) -> story(rs)).single();
    }

    /** An editor publishes a story: from then on it is on the public showcase. */
    @PostMapping("/api/honor-stories/{id}/publish")
    @PreAuthorize("hasAuthority('honor:write')")
    Map<String, Object> publish(@PathVariable long id) {
        Long union = jdbc.sql("select union_id from honor_story where id = :id").param("id", id).query(Long.class).optional()
                .filter(scopes::isVisible).orElseThrow(() -> new NotFoundException("宣传稿件"));
        int n = jdbc.sql("""
                update honor_story set published = true, published_by = :by, published_at = :now, updated_at = :now,
                       version = version + 1 where id = :id and published = false""")
                .param("by", CurrentUsers.require().username()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
        if (n == 0) {
            throw new ConflictException("该稿件已发布");
        }
        return Map.of("id", id, "unionId", union, "published", true);
    }

    /** The public showcase: published stories and public profiles. */
    @GetMapping("/api/public/showcase")
    Map<String, Object> showcase(HttpServletRequest request) {
        limiter.check("showcase", request, 120, 60_000);
        var stories = jdbc.sql("""
                        select s.id, s.title, s.body, s.media_outlet, s.story_on, s.image_file_id, h.name from honor_story s
                          left join honoree h on h.id = s.honoree_id where s.published = true order by s.story_on desc limit 50""")
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("title", rs.getString(2));
                    m.put("body", rs.getString(3));
                    m.put("mediaOutlet", rs.getString(4));
                    m.put("storyOn", rs.getObject(5, LocalDate.class));
                    m.put("honoreeName", rs.getString(7));
                    return m;
                }).list();
        var profiles = jdbc.sql("""
                        select h.id, h.name, h.kind, h.employer_name, h.post, h.deeds from honoree h
                         where h.public_profile = true and h.status <> 'DECEASED' order by h.id desc limit 100""")
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    long id = rs.getLong(1);
                    m.put("name", rs.getString(2));
                    m.put("kind", rs.getString(3));
                    m.put("employerName", rs.getString(4));
                    m.put("post", rs.getString(5));
                    m.put("deeds", rs.getString(6));
                    m.put("honors", jdbc.sql("""
                                    select a.award_year, t.name from honor_award a join honor_title t on t.id = a.title_id
                                     where a.honoree_id = :h and a.revoked_on is null order by a.award_year desc""")
                            .param("h", id).query((r2, i) -> r2.getInt(1) + "年" + r2.getString(2)).list());
                    return m;
                }).list();
        return Map.of("stories", stories, "profiles", profiles);
    }
}
