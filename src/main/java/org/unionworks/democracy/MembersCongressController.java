package org.unionworks.democracy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.MeetingRequest;
import org.unionworks.democracy.web.MembersCongressRequest;
import org.unionworks.democracy.web.RepresentativeRequest;
import org.unionworks.democracy.web.TerminationRequest;
import org.unionworks.figures.Figures;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 会员代表大会: list, register, the roster of representatives and the meetings. */
@RestController
class MembersCongressController {

    private final MembersCongressService service;
    private final MembersCongressRepository congresses;
    private final RepresentativeRepository representatives;
    private final MembersCongressMeetingRepository meetings;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;

    MembersCongressController(MembersCongressService service, MembersCongressRepository congresses, RepresentativeRepository representatives,
                              MembersCongressMeetingRepository meetings, Subtrees subtrees, OrgTree orgTree, SpreadsheetExports exports) {
        this.exports = exports;
        this.service = service;
        this.congresses = congresses;
        this.representatives = representatives;
        this.meetings = meetings;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/members-congresses")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.MembersCongressView> list(@RequestParam(required = false) Long under,
                                                          @PageableDefault(sort = "establishedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(congresses.findAll(subtrees.<MembersCongress>under(under == null ? CurrentUsers.require().unionId() : under),
                pageable).map(c -> view(c, false)));
    }

    /** The representatives of the congresses under a union, serving or not, one row each. */
    @GetMapping("/api/members-congresses/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, HttpServletResponse response) throws IOException {
        var spec = subtrees.<MembersCongress>under(under == null ? CurrentUsers.require().unionId() : under);
        List<Object[]> rows = new java.util.ArrayList<>();
        for (MembersCongress c : congresses.findAll(spec, Sort.by("id"))) {
            String union = orgTree.nameOf(c.getUnionId()).orElse(null);
            for (Representative r : representatives.findByCongressIdOrderByIdAsc(c.getId())) {
                rows.add(new Object[] {union, c.isStanding() ? "是" : "否", r.getName(), "FEMALE".equals(r.getSex()) ? "女" : "男",
                    r.isFrontline() ? "是" : "否", r.getElectedOn(), r.getEndedOn()});
            }
        }
        exports.write(SpreadsheetExports.download(response, "会员代表名单.xlsx"), "Representative", "会员代表名单",
                List.of("工会", "常任制", "姓名", "性别", "一线职工", "当选日期", "资格终止日期"), rows.iterator(), java.util.Arrays::asList,
                SpreadsheetExports.filters("under", under));
    }

    @GetMapping("/api/members-congresses/{id}")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    DemocracyViews.MembersCongressView get(@PathVariable long id) {
        return view(service.get(id), true);
    }

    @PostMapping("/api/members-congresses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.MembersCongressView establish(@Valid @RequestBody MembersCongressRequest r) {
        return view(service.establish(r), true);
    }

    @PutMapping("/api/members-congresses/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.MembersCongressView update(@PathVariable long id, @Valid @RequestBody MembersCongressRequest r) {
        return view(service.update(id, r), true);
    }

    @PostMapping("/api/members-congresses/{id}/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.MembersCongressView elect(@PathVariable long id, @Valid @RequestBody RepresentativeRequest r) {
        service.elect(id, r);
        return view(service.get(id), true);
    }

    @PostMapping("/api/members-congresses/{id}/representatives/{representativeId}/end")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.MembersCongressView endSeat(@PathVariable long id, @PathVariable long representativeId, @Valid @RequestBody TerminationRequest r) {
        service.endSeat(id, representativeId, r.on());
        return view(service.get(id), true);
    }

    @PostMapping("/api/members-congresses/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.MembersCongressView meet(@PathVariable long id, @Valid @RequestBody MeetingRequest r) {
        service.meet(id, r);
        return view(service.get(id), true);
    }

    private DemocracyViews.MembersCongressView view(MembersCongress c, boolean whole) {
        LocalDate today = LocalDate.now();
        List<Representative> roster = representatives.findByCongressIdOrderByIdAsc(c.getId());
        List<Representative> serving = roster.stream().filter(r -> r.servesOn(today)).toList();
        List<MembersCongressMeeting> held = meetings.findByCongressIdOrderByHeldOnDesc(c.getId());
        long women = serving.stream().filter(r -> "FEMALE".equals(r.getSex())).count();
        long frontline = serving.stream().filter(Representative::isFrontline).count();
        return new DemocracyViews.MembersCongressView(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.isStanding(),
                c.getEstablishedOn(), c.getTermStartsOn(), c.getTermEndsOn(), c.getSeats(), serving.size(), share(women, serving.size()),
                share(frontline, serving.size()), held.size(), held.isEmpty() ? null : held.get(0).getHeldOn(),
                whole ? roster.stream().map(r -> new DemocracyViews.RepresentativeView(r.getId(), r.getName(), r.getSex(), r.isFrontline(),
                        r.getElectedOn(), r.getEndedOn())).toList() : List.of(),
                whole ? held.stream().map(m -> new DemocracyViews.MeetingView(m.getId(), m.getHeldOn(), m.getTitle(), m.getExpected(),
                        m.getPresent(), m.getDecisions())).toList() : List.of(), c.getVersion());
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : Figures.percent(part, whole);
    }
}
