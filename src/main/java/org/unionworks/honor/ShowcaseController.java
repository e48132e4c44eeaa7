package org.unionworks.honor;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.honor.web.ShowcaseViews;
import org.unionworks.honor.web.StoryRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * 事迹宣传: stories written and published by editors, and the public showcase (no sign-in) of
 * published stories and of the profiles marked public — names, employers, posts, deeds and honors
 * only; never ID numbers, phones or addresses.
 */
@RestController
class ShowcaseController {

    private final StoryRepository stories;
    private final HonoreeRepository honorees;
    private final JdbcClient jdbc;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final FileStore files;
    private final RateLimiter limiter;

    ShowcaseController(StoryRepository stories, HonoreeRepository honorees, JdbcClient jdbc, Subtrees subtrees, OrgTree orgTree,
                       FileStore files, RateLimiter limiter) {
        this.stories = stories;
        this.honorees = honorees;
        this.jdbc = jdbc;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.files = files;
        this.limiter = limiter;
    }

    /** The caller's subtree's stories, drafts and published, newest first, a page at a time. */
    @GetMapping("/api/honor-stories")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    PageResponse<ShowcaseViews.Story> stories(@SortDefault.SortDefaults({@SortDefault(sort = "storyOn", direction = Sort.Direction.DESC),
            @SortDefault(sort = "id", direction = Sort.Direction.DESC)}) Pageable pageable) {
        return PageResponse.of(stories.findAll(subtrees.<Story>under(CurrentUsers.require().unionId()), pageable).map(this::view));
    }

    @PostMapping("/api/honor-stories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    @Transactional
    ShowcaseViews.Story write(@Valid @RequestBody StoryRequest body) {
        long union = CurrentUsers.require().unionId();
        if (body.honoreeId() != null) {
            union = honorees.findById(body.honoreeId()).orElseThrow(() -> new NotFoundException("劳模")).getUnionId();
        }
        String image = Texts.blankToNull(body.imageFileId());
        if (image != null && files.find(image).isEmpty()) {
            throw new InvalidInputException("imageFileId", "图片不存在或无权访问");
        }
        Story story = new Story(union, body.honoreeId(), Texts.clean(body.title()), body.body().strip(), image,
                Texts.blankToNull(body.mediaOutlet()), body.storyOn() == null ? LocalDate.now() : body.storyOn());
        return view(stories.saveAndFlush(story));
    }

    /** An editor publishes a story: from then on it is on the public showcase. */
    @PostMapping("/api/honor-stories/{id}/publish")
    @PreAuthorize("hasAuthority('honor:write')")
    @Transactional
    ShowcaseViews.Published publish(@PathVariable long id) {
        Story story = stories.findById(id).orElseThrow(() -> new NotFoundException("宣传稿件"));
        story.publish(CurrentUsers.require().username());
        stories.saveAndFlush(story);
        return new ShowcaseViews.Published(id, story.getUnionId(), true);
    }

    private ShowcaseViews.Story view(Story s) {
        return new ShowcaseViews.Story(s.getId(), s.getTitle(), s.getMediaOutlet(), s.getStoryOn(), s.isPublished(), s.getHonoreeId(),
                orgTree.nameOf(s.getUnionId()).orElse(null));
    }

    /** The public showcase: published stories and public profiles. */
    @GetMapping("/api/public/showcase")
    ShowcaseViews.Showcase showcase(HttpServletRequest request) {
        limiter.check("showcase", request, 120, 60_000);
        var published = jdbc.sql("""
                        select s.id, s.title, s.body, s.media_outlet, s.story_on, s.image_file_id, h.name from honor_story s
                          left join honoree h on h.id = s.honoree_id where s.published = true order by s.story_on desc limit 50""")
                .query((rs, n) -> new ShowcaseViews.PublicStory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(7))).list();
        var profiles = jdbc.sql("""
                        select h.id, h.name, h.kind, h.employer_name, h.post, h.deeds from honoree h
                         where h.public_profile = true and h.status <> 'DECEASED' order by h.id desc limit 100""")
                .query((rs, n) -> new ShowcaseViews.PublicProfile(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), honorsOf(rs.getLong(1)))).list();
        return new ShowcaseViews.Showcase(published, profiles);
    }

    private List<String> honorsOf(long honoreeId) {
        return jdbc.sql("""
                        select a.award_year, t.name from honor_award a join honor_title t on t.id = a.title_id
                         where a.honoree_id = :h and a.revoked_on is null order by a.award_year desc""")
                .param("h", honoreeId).query((r2, i) -> r2.getInt(1) + "年" + r2.getString(2)).list();
    }
}
