package org.unionworks.platform.web;

import java.io.IOException;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionworks.platform.error.NotFoundException;

/**
 * Serves the single-page application for its client-side routes (deep links and reloads). The page is written here,
 * not forwarded to: a forward closes the response, and a HEAD request, which writes no body, lost the security
 * headers that are added as the body starts.
 */
@Controller
class ApplicationRoutes {

    @GetMapping({"/", "/login", "/password", "/orgs", "/employers", "/terms", "/census", "/census/{id}", "/members", "/transfers", "/join-applications", "/hardship-files", "/aid-records", "/rights", "/governance", "/activities", "/contests", "/contests/{id}", "/studios", "/innovations", "/programmes", "/insurance", "/service-places", "/collective-contracts", "/workers-congresses", "/elections", "/members-congresses", "/womens-work", "/funds-remittances", "/fund-returns", "/funds-audits", "/annual-returns", "/annual-returns/{id}", "/reports", "/honorees", "/honor-campaigns", "/users", "/roles", "/dicts", "/data-quality", "/audit", "/403", "/public/**", "/print/**"})
    ResponseEntity<Resource> index() throws IOException {
        if (!ApplicationPage.RESOURCE.exists()) {
            throw new NotFoundException("页面");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                .lastModified(ApplicationPage.RESOURCE.lastModified()).body(ApplicationPage.RESOURCE);
    }
}
