package org.unionworks.rights;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.rights.web.CampaignRequest;
import org.unionworks.rights.web.OutreachRequest;
import org.unionworks.rights.web.RightsViews;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Legal outreach events and the campaigns cases belong to. */
@RestController
class OutreachController {

    static final List<String> EXPORT_HEADERS = List.of("日期", "主题", "形式", "主办方", "现场受众", "线上受众", "工会");

    private final RightsService service;
    private final OutreachRepository outreach;
    private final CampaignRepository campaigns;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;

    OutreachController(RightsService service, OutreachRepository outreach, CampaignRepository campaigns, Subtrees subtrees,
                       OrgTree orgTree, SpreadsheetExports exports) {
        this.service = service;
        this.outreach = outreach;
        this.campaigns = campaigns;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    @GetMapping("/api/rights/outreach")
    @PreAuthorize("hasAuthority('rights:read')")
    @Transactional(readOnly = true)
    PageResponse<RightsViews.Outreach> list(@RequestParam(required = false) Long under,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @PageableDefault(sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(outreach.findAll(filter(under, from, to), pageable).map(this::view));
    }

    @PostMapping("/api/rights/outreach")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.Outreach create(@Valid @RequestBody OutreachRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择主办工会");
        }
        return view(service.outreach(r.unionId(), r.heldOn(), Texts.clean(r.topic()), r.kind(), Texts.blankToNull(r.organizer()),
                zero(r.audienceOnsite()), zero(r.audienceOnline())));
    }

    @PutMapping("/api/rights/outreach/{id}")
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.Outreach update(@PathVariable long id, @Valid @RequestBody OutreachRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.updateOutreach(id, r.version(), r.heldOn(), Texts.clean(r.topic()), r.kind(),
                Texts.blankToNull(r.organizer()), zero(r.audienceOnsite()), zero(r.audienceOnline())));
    }

    @GetMapping("/api/rights/outreach/export")
    @PreAuthorize("hasAuthority('rights:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        Specification<Outreach> spec = filter(under, from, to);
        var rows = new PagedIterator<>(page -> outreach.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "from", from, "to", to);
        exports.write(SpreadsheetExports.download(response, "普法宣传.xlsx"), "Outreach", "普法宣传", EXPORT_HEADERS, rows,
                o -> Arrays.asList(o.getHeldOn(), o.getTopic(), o.getKind(), o.getOrganizer(), o.getAudienceOnsite(),
                        o.getAudienceOnline(), orgTree.nameOf(o.getUnionId()).orElse(null)), filters);
    }

    @GetMapping("/api/rights/campaigns")
    @PreAuthorize("hasAuthority('rights:read')")
    @Transactional(readOnly = true)
    PageResponse<RightsViews.CampaignView> campaigns(@RequestParam(required = false) Long under,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     @RequestParam(required = false) String q,
                                                     @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var spec = ListFilter.of(subtrees.<Campaign>under(under == null ? CurrentUsers.require().unionId() : under))
                .period("startsOn", from, to).contains("name", q).spec();
        return PageResponse.of(campaigns.findAll(spec, pageable).map(this::view));
    }

    @PostMapping("/api/rights/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('rights:write')")
    RightsViews.CampaignView createCampaign(@Valid @RequestBody CampaignRequest r) {
        return view(service.campaign(r.unionId(), Texts.clean(r.name()), r.startsOn(), r.endsOn()));
    }

    private RightsViews.CampaignView view(Campaign c) {
        return new RightsViews.CampaignView(c.getId(), c.getName(), c.getStartsOn(), c.getEndsOn(), orgTree.nameOf(c.getUnionId()).orElse(""));
    }

    private Specification<Outreach> filter(Long under, LocalDate from, LocalDate to) {
        return ListFilter.of(subtrees.<Outreach>under(under == null ? CurrentUsers.require().unionId() : under))
                .period("heldOn", from, to).spec();
    }

    private RightsViews.Outreach view(Outreach o) {
        return new RightsViews.Outreach(o.getId(), o.getUnionId(), orgTree.nameOf(o.getUnionId()).orElse(null), o.getHeldOn(),
                o.getTopic(), o.getKind(), o.getOrganizer(), o.getAudienceOnsite(), o.getAudienceOnline(), o.getVersion());
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }
}
