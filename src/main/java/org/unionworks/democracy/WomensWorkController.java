package org.unionworks.democracy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.ProtectionRequest;
import org.unionworks.democracy.web.WomensCommitteeRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.service.PlaceDirectory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 女职工工作: the 女职工委员会 of each union, the unions that should have one and do not, and women's special protection. */
@RestController
class WomensWorkController {

    private final WomensWorkService service;
    private final WomensCommitteeRepository committees;
    private final WomensProtectionRepository protections;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final PlaceDirectory places;
    private final SpreadsheetExports exports;

    WomensWorkController(WomensWorkService service, WomensCommitteeRepository committees, WomensProtectionRepository protections,
                         Subtrees subtrees, OrgTree orgTree, OrgDirectory orgs, PlaceDirectory places, SpreadsheetExports exports) {
        this.service = service;
        this.committees = committees;
        this.protections = protections;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.places = places;
        this.exports = exports;
    }

    @GetMapping("/api/womens-committees")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.WomensCommitteeView> committees(@RequestParam(required = false) Long under,
                                                                @PageableDefault(sort = "formedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(committees.findAll(subtrees.<WomensCommittee>under(under == null ? CurrentUsers.require().unionId() : under),
                pageable).map(this::view));
    }

    @GetMapping("/api/womens-committees/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void exportCommittees(@RequestParam(required = false) Long under, HttpServletResponse response) throws IOException {
        var spec = subtrees.<WomensCommittee>under(under == null ? CurrentUsers.require().unionId() : under);
        var rows = new PagedIterator<>(page -> committees.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "女职工委员会.xlsx"), "WomensCommittee", "女职工委员会",
                List.of("工会", "产生日期", "产生方式", "主任", "委员人数", "委员名单", "撤销日期"), rows, c -> Arrays.asList(
                        orgTree.nameOf(c.getUnionId()).orElse(null), c.getFormedOn(),
                        c.getFormedBy() == WomensCommittee.FormedBy.ELECTION ? "选举产生" : "协商推选", c.getChairName(), c.getMemberCount(),
                        c.getMemberNames(), c.getDissolvedOn()), SpreadsheetExports.filters("under", under));
    }

    /** Unions with at least the threshold of women members (10 by default) and no 女职工委员会, the largest first. */
    @GetMapping("/api/womens-committees/lacking")
    @PreAuthorize("hasAuthority('democracy:read')")
    List<DemocracyViews.UnionLackingCommittee> lacking(@RequestParam(required = false) Long under) {
        return service.lacking(under).stream()
                .sorted((a, b) -> Long.compare(b.womenMembers(), a.womenMembers())).toList();
    }

    @PostMapping("/api/womens-committees")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.WomensCommitteeView register(@Valid @RequestBody WomensCommitteeRequest r) {
        return view(service.register(r));
    }

    @PutMapping("/api/womens-committees/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.WomensCommitteeView update(@PathVariable long id, @Valid @RequestBody WomensCommitteeRequest r) {
        return view(service.update(id, r));
    }

    @GetMapping("/api/womens-protections")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    PageResponse<DemocracyViews.ProtectionView> protections(@RequestParam(required = false) Long under,
                                                            @RequestParam(required = false) Integer year,
                                                            @PageableDefault(sort = "year", direction = Sort.Direction.DESC) Pageable pageable) {
        var page = protections.findAll(protectionFilter(under, year), pageable);
        return PageResponse.of(page.map(views(page.getContent())::view));
    }

    @PostMapping("/api/womens-protections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ProtectionView addProtection(@Valid @RequestBody ProtectionRequest r) {
        WomensProtection p = service.saveProtection(null, r);
        return views(List.of(p)).view(p);
    }

    @PutMapping("/api/womens-protections/{id}")
    @PreAuthorize("hasAuthority('democracy:write')")
    DemocracyViews.ProtectionView updateProtection(@PathVariable long id, @Valid @RequestBody ProtectionRequest r) {
        WomensProtection p = service.saveProtection(id, r);
        return views(List.of(p)).view(p);
    }

    @DeleteMapping("/api/womens-protections/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('democracy:write')")
    void deleteProtection(@PathVariable long id) {
        service.deleteProtection(id);
    }

    @GetMapping("/api/womens-protections/export")
    @PreAuthorize("hasAuthority('democracy:read')")
    @Transactional(readOnly = true)
    void exportProtections(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year,
                           HttpServletResponse response) throws IOException {
        var spec = protectionFilter(under, year);
        var rows = new PagedIterator<>(page -> protections.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "女职工特殊劳动保护.xlsx"), "WomensProtection", "女职工特殊劳动保护",
                List.of("年度", "单位", "所属工会", "四期保护落实", "专项检查日期", "女职工人数", "两癌筛查人数", "爱心妈咪小屋", "备注"), rows, p -> {
                    var v = views(List.of(p)).view(p);
                    return Arrays.asList(v.year(), v.employerName(), v.unionName(), v.fourPeriods() ? "是" : "否", v.checkedOn(),
                            v.womenWorkers(), v.screened(), String.join("、", v.motherRooms()), v.note());
                }, SpreadsheetExports.filters("under", under, "year", year));
    }

    private Specification<WomensProtection> protectionFilter(Long under, Integer year) {
        List<Specification<WomensProtection>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (year != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("year"), year));
        }
        return Specification.allOf(parts);
    }

    private DemocracyViews.WomensCommitteeView view(WomensCommittee c) {
        return new DemocracyViews.WomensCommitteeView(c.getId(), c.getUnionId(), orgTree.nameOf(c.getUnionId()).orElse(null), c.getFormedOn(),
                c.getFormedBy().name(), c.getChairName(), c.getMemberNames(), c.getMemberCount(), c.getProcessId(), c.getDissolvedOn(),
                c.getVersion());
    }

    /** Names of a page's employers and the 妈咪小屋 they host, read once for the page. */
    private ProtectionViews views(List<WomensProtection> page) {
        List<Long> employers = page.stream().map(WomensProtection::getEmployerId).distinct().toList();
        return new ProtectionViews(orgs.employerNames(employers), places.motherRoomsAt(employers));
    }

    private final class ProtectionViews {
        private final Map<Long, String> names;
        private final Map<Long, List<String>> rooms;

        ProtectionViews(Map<Long, String> names, Map<Long, List<String>> rooms) {
            this.names = names;
            this.rooms = rooms;
        }

        DemocracyViews.ProtectionView view(WomensProtection p) {
            return new DemocracyViews.ProtectionView(p.getId(), p.getUnionId(), orgTree.nameOf(p.getUnionId()).orElse(null), p.getEmployerId(),
                    names.get(p.getEmployerId()), p.getYear(), p.isFourPeriods(), p.getCheckedOn(), p.getWomenWorkers(), p.getScreened(),
                    p.getNote(), rooms.getOrDefault(p.getEmployerId(), List.of()), p.getVersion());
        }
    }
}
