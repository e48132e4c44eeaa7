package org.unionworks.org;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names of unions, for anyone: the area federations (districts, towns, sectors) and the grassroots
 * unions under one of them, as the online joining page and the transfer form need them.
 */
@RestController
class PublicUnionsController {

    record PublicUnion(long id, String name, String orgType, String districtName) {
    }

    private final JdbcClient jdbc;
    private final RateLimiter limiter;

    PublicUnionsController(JdbcClient jdbc, RateLimiter limiter) {
        this.jdbc = jdbc;
        this.limiter = limiter;
    }

    /** {@code kind=area}: federations; otherwise grassroots unions, optionally under {@code under}, matching {@code q}. */
    @GetMapping("/api/public/unions")
    List<PublicUnion> unions(@RequestParam(required = false) String kind, @RequestParam(required = false) Long under,
                             @RequestParam(required = false) String q, HttpServletRequest request) {
        limiter.check("public-unions", request, 120, 60_000);
        String text = Texts.normalize(q);
        String like = text == null || text.isEmpty() ? "%" : ListFilter.containing(text);
        String path = under == null ? "/%" : jdbc.sql("select path from union_org where id = :id").param("id", under)
                .query(String.class).optional().map(p -> p + "%").orElse("-");
        String types = "area".equals(kind)
                ? "('CITY_FEDERATION', 'DISTRICT_FEDERATION', 'TOWN_FEDERATION', 'INDUSTRY_UNION', 'SECTOR_FEDERATION', 'AREA_FEDERATION')"
                : "('GRASSROOTS')";
        return jdbc.sql("""
                        select u.id, u.name, u.org_type, d.name from union_org u left join union_org d on d.id = u.district_id
                         where u.status = 'ACTIVE' and u.org_type in %s and u.path like :p and u.name like :q escape '\\'
                         order by u.path limit 50""".formatted(types))
                .param("p", path).param("q", like)
                .query((rs, n) -> new PublicUnion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
