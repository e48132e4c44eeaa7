package org.unionworks.honor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * 评选表彰: a campaign organized by one union, with a nomination window and quotas per title. It is
 * seen by the organizer's subtree and by the unions above it, so it carries no data-scope filter:
 * SelectionCampaignService checks the organizer instead.
 */
@Entity
@Table(name = "honor_campaign")
class SelectionCampaign extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String name;
    private int awardYear;
    private LocalDate nominateFrom;
    private LocalDate nominateTo;
    private String formFileId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_quota", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<Quota> quotas = new ArrayList<>();

    protected SelectionCampaign() {
    }

    SelectionCampaign(long organizerId, String name, int awardYear, LocalDate nominateFrom, LocalDate nominateTo, List<Quota> quotas) {
        this.unionId = organizerId;
        this.name = name;
        this.awardYear = awardYear;
        this.nominateFrom = nominateFrom;
        this.nominateTo = nominateTo;
        this.quotas.addAll(quotas);
    }

    boolean acceptsNominationsOn(LocalDate day) {
        return !day.isBefore(nominateFrom) && !day.isAfter(nominateTo);
    }

    /** The quotas that bind a nomination of this title: the overall one and the shares set for unions it belongs to. */
    List<Quota> quotasFor(long titleId) {
        return quotas.stream().filter(q -> q.titleId() == titleId).toList();
    }

    /** The 推荐审批表 template to fill, replacing the default one. */
    void useForm(String fileId) {
        this.formFileId = fileId;
    }

    Long getId() { return id; }
    long getOrganizerId() { return unionId; }
    String getName() { return name; }
    int getAwardYear() { return awardYear; }
    LocalDate getNominateFrom() { return nominateFrom; }
    LocalDate getNominateTo() { return nominateTo; }
    String getFormFileId() { return formFileId; }
    List<Quota> getQuotas() { return List.copyOf(quotas); }
}
