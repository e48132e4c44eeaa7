package org.unionworks.honor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 事迹宣传: a story about a model worker or collective, a draft until an editor publishes it to the public showcase. */
@Entity
@Table(name = "honor_story")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Story extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private Long honoreeId;
    private String title;
    private String body;
    private String imageFileId;
    private String mediaOutlet;
    private LocalDate storyOn;
    private boolean published;
    private String publishedBy;
    private OffsetDateTime publishedAt;

    protected Story() {
    }

    /** A story belongs to its model worker's union, or to the writer's own when it is about no one in the register. */
    Story(long unionId, Long honoreeId, String title, String body, String imageFileId, String mediaOutlet, LocalDate storyOn) {
        this.unionId = unionId;
        this.honoreeId = honoreeId;
        this.title = title;
        this.body = body;
        this.imageFileId = imageFileId;
        this.mediaOutlet = mediaOutlet;
        this.storyOn = storyOn;
    }

    void publish(String by) {
        if (published) {
            throw new ConflictException("该稿件已发布");
        }
        this.published = true;
        this.publishedBy = by;
        this.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    Long getHonoreeId() { return honoreeId; }
    String getTitle() { return title; }
    String getMediaOutlet() { return mediaOutlet; }
    LocalDate getStoryOn() { return storyOn; }
    boolean isPublished() { return published; }
}
