package org.unionworks.service;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.RateLimiter;
import org.unionworks.service.web.ServiceViews;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What workers see without an account: the open 户外劳动者服务站点 (and 爱心妈咪小屋 with {@code kind=MOTHER_ROOM}), where
 * they are, when they open and what they offer, and the boundary to draw them on.
 */
@RestController
class PublicStationsController {

    private final ServicePlaceRepository places;
    private final MapBoundaries boundaries;
    private final RateLimiter limiter;
    private final Dictionaries dictionaries;

    PublicStationsController(ServicePlaceRepository places, MapBoundaries boundaries, RateLimiter limiter, Dictionaries dictionaries) {
        this.places = places;
        this.boundaries = boundaries;
        this.limiter = limiter;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/api/public/stations")
    @Transactional(readOnly = true)
    List<ServiceViews.PublicStation> stations(@RequestParam(required = false) String kind, @RequestParam(required = false) String division,
                                              @RequestParam(required = false) String q, HttpServletRequest request) {
        limiter.check("public-stations", request, 120, 60_000);
        ServicePlace.Kind k = "MOTHER_ROOM".equals(kind) ? ServicePlace.Kind.MOTHER_ROOM : ServicePlace.Kind.STATION;
        Specification<ServicePlace> spec = (r, query, cb) -> cb.and(cb.equal(r.get("kind"), k), cb.equal(r.get("status"), ServicePlace.Status.OPEN));
        if (Texts.blankToNull(division) != null) {
            spec = spec.and((r, query, cb) -> cb.equal(r.get("divisionCode"), division.strip()));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = ListFilter.containing(text);
            spec = spec.and((r, query, cb) -> cb.or(cb.like(r.get("name"), like, ListFilter.ESCAPE), cb.like(r.get("address"), like, ListFilter.ESCAPE)));
        }
        return places.findAll(spec, Sort.by("divisionCode", "name")).stream()
                .map(p -> new ServiceViews.PublicStation(p.getId(), p.getKind().name(), p.getName(), p.getAddress(), p.getDivisionCode(),
                        p.getDivisionCode() == null ? null : dictionaries.label("division", p.getDivisionCode()).orElse(null), p.getLongitude(),
                        p.getLatitude(), p.getOpeningHours(), p.serviceList().stream().map(s -> dictionaries.label("station_service", s).orElse(s))
                        .toList(), p.getPhone())).toList();
    }

    @GetMapping("/api/public/stations/boundary")
    ResponseEntity<ServiceViews.Boundary> boundary(HttpServletRequest request) {
        limiter.check("public-stations", request, 120, 60_000);
        return boundaries.current().map(b -> new ServiceViews.Boundary(b.fileName(), b.features(), null, b.uploadedAt(), b.geojson(), false))
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
