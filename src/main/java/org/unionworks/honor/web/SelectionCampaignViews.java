package org.unionworks.honor.web;

import java.time.LocalDate;
import java.util.List;

/** What the selection-campaign endpoints answer. */
public final class SelectionCampaignViews {

    private SelectionCampaignViews() {
    }

    public record CampaignSummary(long id, String name, int year, LocalDate nominateFrom, LocalDate nominateTo, String organizerName,
                                  long nominations) {
    }

    public record CampaignDetail(long id, String name, int year, LocalDate nominateFrom, LocalDate nominateTo, String organizerName,
                           List<QuotaLine> quotas, List<NominationView> nominations) {
    }

    public record QuotaLine(long titleId, String title, Long unionId, String unionName, int quota) {
    }

    /** A nomination; the ID number masked. */
    public record NominationView(long id, long campaignId, long unionId, String unionName, long titleId, String title, String name,
                                 String idNumber, String employerName, String stage, String stageLabel, String status,
                                 LocalDate noticeFrom, LocalDate noticeTo, List<FileRef> files, List<ObjectionLine> objections) {
    }

    public record FileRef(String id, String filename) {
    }

    public record ObjectionLine(long id, String content, String resolution) {
    }

    /** The 公示 page: no ID number, no contact. */
    public record PublicNotice(long id, String name, String employerName, String post, String achievements, String title,
                               String campaign, LocalDate noticeFrom, LocalDate noticeTo) {
    }

    public record CampaignCreated(long id, String name) {
    }

    public record Answered(long id, boolean resolved) {
    }

    public record Received(String message) {
    }

    public record FormTemplate(long id, String formFileId) {
    }
}
