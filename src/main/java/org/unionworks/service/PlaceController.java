package org.unionworks.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.service.web.GrantRequest;
import org.unionworks.service.web.PlaceRequest;
import org.unionworks.service.web.PlaceStatusRequest;
import org.unionworks.service.web.PlaceYearRequest;
import org.unionworks.service.web.ServiceViews;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 阵地: list (by kind, status, 行政区划), register, edit, open and close, grants, yearly use and review, export, the map and its boundary. */
@RestController
class PlaceController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "类别", "名称", "依托单位", "地址", "行政区划", "经度", "纬度", "状态", "启用日期",
            "关闭日期", "命名级别", "命名年度", "藏书（册）", "面积（㎡）", "开放时间", "服务项目", "联系电话", "累计补助（元）", "所属工会");

    private final PlaceService service;
    private final ServicePlaceRepository places;
    private final PlaceGrantRepository grants;
    private final PlaceYearRepository years;
    private final MapBoundaries boundaries;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final SpreadsheetExports exports;
    private final JdbcClient jdbc;

    PlaceController(PlaceService service, ServicePlaceRepository places, PlaceGrantRepository grants, PlaceYearRepository years,
                    MapBoundaries boundaries, Subtrees subtrees, OrgTree orgTree, Dictionaries dictionaries, SpreadsheetExports exports,
                    JdbcClient jdbc) {
        this.service = service;
        this.places = places;
        this.grants = grants;
        this.years = years;
        this.boundaries = boundaries;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.exports = exports;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/service-places")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    PageResponse<ServiceViews.Place> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String status, @RequestParam(required = false) String division,
                                          @RequestParam(required = false) String q, @PageableDefault(sort = "id") Pageable pageable) {
        var page = places.findAll(filter(under, kind, status, division, q), pageable);
        Map<Long, Totals> totals = totals(page.map(ServicePlace::getId).getContent());
        return PageResponse.of(page.map(p -> view(p, totals)));
    }

    @GetMapping("/api/service-places/{id}")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    ServiceViews.Place get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/service-places")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Place create(@Valid @RequestBody PlaceRequest r) {
        return view(service.create(r));
    }

    @PutMapping("/api/service-places/{id}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Place update(@PathVariable long id, @Valid @RequestBody PlaceRequest r) {
        return view(service.update(id, r));
    }

    @PostMapping("/api/service-places/{id}/status")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Place changeStatus(@PathVariable long id, @Valid @RequestBody PlaceStatusRequest r) {
        return view(service.changeStatus(id, r.status(), r.on(), r.version()));
    }

    @GetMapping("/api/service-places/{id}/grants")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    List<ServiceViews.Grant> grants(@PathVariable long id) {
        service.get(id);
        return grants.findByPlaceIdOrderByGrantedOnDesc(id).stream().map(PlaceController::view).toList();
    }

    @PostMapping("/api/service-places/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Grant addGrant(@PathVariable long id, @Valid @RequestBody GrantRequest r) {
        return view(service.saveGrant(id, null, r));
    }

    @PutMapping("/api/service-places/{id}/grants/{grantId}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Grant updateGrant(@PathVariable long id, @PathVariable long grantId, @Valid @RequestBody GrantRequest r) {
        return view(service.saveGrant(id, grantId, r));
    }

    @GetMapping("/api/service-places/{id}/years")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    List<ServiceViews.PlaceYear> years(@PathVariable long id) {
        service.get(id);
        return years.findByPlaceIdOrderByUseYearDesc(id).stream().map(PlaceController::view).toList();
    }

    @PostMapping("/api/service-places/{id}/years")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.PlaceYear saveYear(@PathVariable long id, @Valid @RequestBody PlaceYearRequest r) {
        return view(service.saveYear(id, r));
    }

    @GetMapping("/api/service-places/export")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) String division,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Specification<ServicePlace> spec = filter(under, kind, status, division, q);
        var rows = new PagedIterator<>(page -> places.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "服务阵地.xlsx"), "ServicePlace", "服务阵地", EXPORT_HEADERS, rows, p -> {
            ServiceViews.Place v = view(p);
            return Arrays.asList(v.id(), p.getKind().label, v.name(), v.hostName(), v.address(),
                    v.divisionCode() == null ? null : dictionaries.label("division", v.divisionCode()).orElse(v.divisionCode()), v.longitude(),
                    v.latitude(), statusLabel(p.getStatus()), v.openedOn(), v.closedOn(),
                    v.level() == null ? null : dictionaries.label("contest_level", v.level()).orElse(v.level()), v.namedYear(), v.books(), v.area(),
                    v.openingHours(), String.join("、", v.services().stream().map(s -> dictionaries.label("station_service", s).orElse(s)).toList()),
                    v.phone(), v.grants(), v.unionName());
        }, SpreadsheetExports.filters("under", under, "kind", kind, "status", status, "division", division, "q", q));
    }

    /** The located places of the subtree (by kind and status) as points for the map. */
    @GetMapping("/api/service-places/map")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    List<ServiceViews.MapPoint> map(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) String status, @RequestParam(required = false) String division) {
        Specification<ServicePlace> located = (r, q, cb) -> cb.isNotNull(r.get("longitude"));
        return places.findAll(filter(under, kind, status, division, null).and(located), Sort.by("id")).stream()
                .map(p -> new ServiceViews.MapPoint(p.getId(), p.getKind().name(), p.getName(), p.getAddress(), p.getDivisionCode(),
                        p.getLongitude(), p.getLatitude(), p.getStatus().name())).toList();
    }

    @GetMapping("/api/service-places/boundary")
    @PreAuthorize("hasAuthority('service:read')")
    ServiceViews.Boundary boundary() {
        return boundaries.forCaller();
    }

    @PostMapping("/api/service-places/boundary")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Boundary replaceBoundary(@RequestPart("file") MultipartFile file) throws IOException {
        return boundaries.replace(file);
    }

    private Specification<ServicePlace> filter(Long under, String kind, String status, String division, String q) {
        List<Specification<ServicePlace>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        if (Texts.blankToNull(kind) != null) {
            ServicePlace.Kind k = ServicePlace.Kind.of(kind.strip()).orElseThrow(() -> new InvalidInputException("kind", "没有这种阵地类别：" + kind));
            parts.add((r, query, cb) -> cb.equal(r.get("kind"), k));
        }
        if (Texts.blankToNull(status) != null) {
            ServicePlace.Status s = Arrays.stream(ServicePlace.Status.values()).filter(v -> v.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "没有这种状态：" + status));
            parts.add((r, query, cb) -> cb.equal(r.get("status"), s));
        }
        if (Texts.blankToNull(division) != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("divisionCode"), division.strip()));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = ListFilter.containing(text);
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), like, ListFilter.ESCAPE), cb.like(r.get("address"), like, ListFilter.ESCAPE),
                    cb.like(r.get("hostName"), like, ListFilter.ESCAPE)));
        }
        return Specification.allOf(parts);
    }

    static String statusLabel(ServicePlace.Status s) {
        return switch (s) {
            case OPEN -> "开放";
            case SUSPENDED -> "暂停";
            case CLOSED -> "关闭";
        };
    }

    private record Totals(BigDecimal grants, Integer lastYear, Integer lastVisits) {
    }

    private Map<Long, Totals> totals(List<Long> ids) {
        Map<Long, Totals> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                select p.id, (select coalesce(sum(g.amount), 0) from place_grant g where g.place_id = p.id),
                       (select max(y.use_year) from place_year y where y.place_id = p.id),
                       (select y.visits from place_year y where y.place_id = p.id
                         and y.use_year = (select max(m.use_year) from place_year m where m.place_id = p.id))
                  from service_place p where p.id in (:ids)""").param("ids", ids)
                .query((rs, n) -> totals.put(rs.getLong(1), new Totals(rs.getBigDecimal(2), (Integer) rs.getObject(3, Integer.class),
                        (Integer) rs.getObject(4, Integer.class)))).list();
        return totals;
    }

    private ServiceViews.Place view(ServicePlace p) {
        return view(p, totals(List.of(p.getId())));
    }

    private ServiceViews.Place view(ServicePlace p, Map<Long, Totals> totals) {
        Totals t = totals.getOrDefault(p.getId(), new Totals(BigDecimal.ZERO, null, null));
        return new ServiceViews.Place(p.getId(), p.getUnionId(), orgTree.nameOf(p.getUnionId()).orElse(null), p.getKind().name(), p.getName(),
                p.getHostName(), p.getEmployerId(), p.getAddress(), p.getDivisionCode(), p.getLongitude(), p.getLatitude(), p.getStatus().name(),
                p.getOpenedOn(), p.getClosedOn(), p.getLevel(), p.getNamedYear(), p.getBooks(), p.getArea(), p.getOpeningHours(), p.serviceList(),
                p.getPhone(), p.getNote(), t.grants(), t.lastYear(), t.lastVisits(), p.getVersion());
    }

    private static ServiceViews.Grant view(PlaceGrant g) {
        return new ServiceViews.Grant(g.getId(), g.getAmount(), g.getGrantedOn(), g.getFundSource(), g.getPurpose(), g.getVersion());
    }

    private static ServiceViews.PlaceYear view(PlaceYear y) {
        return new ServiceViews.PlaceYear(y.getId(), y.getUseYear(), y.getVisits(), y.getReview(), y.getNote(), y.getVersion());
    }
}
