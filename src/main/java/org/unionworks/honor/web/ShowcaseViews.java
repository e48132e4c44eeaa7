package org.unionworks.honor.web;

import java.time.LocalDate;
import java.util.List;

/** Stories for editors, and the public showcase (no ID numbers, phones or addresses). */
public final class ShowcaseViews {

    private ShowcaseViews() {
    }

    public record Story(long id, String title, String mediaOutlet, LocalDate storyOn, boolean published, Long honoreeId,
                        String unionName) {
    }

    public record Published(long id, long unionId, boolean published) {
    }

    public record Showcase(List<PublicStory> stories, List<PublicProfile> profiles) {
    }

    public record PublicStory(long id, String title, String body, String mediaOutlet, LocalDate storyOn, String honoreeName) {
    }

    public record PublicProfile(String name, String kind, String employerName, String post, String deeds, List<String> honors) {
    }
}
