package org.unionworks.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the single-page application for its client-side routes (deep links and reloads). */
@Controller
class SpaForwarding {

    @GetMapping({"/", "/login", "/password", "/orgs", "/employers", "/terms", "/census", "/census/{id}", "/members", "/transfers", "/join-applications", "/hardship-files", "/aid-records", "/rights", "/governance", "/activities", "/contests", "/contests/{id}", "/studios", "/innovations", "/programmes", "/insurance", "/service-places", "/collective-contracts", "/workers-congresses", "/elections", "/members-congresses", "/womens-work", "/funds-remittances", "/fund-returns", "/funds-audits", "/annual-returns", "/annual-returns/{id}", "/reports", "/honorees", "/honor-campaigns", "/users", "/roles", "/dicts", "/data-quality", "/audit", "/403", "/public/**", "/print/**"})
    String index() {
        return "forward:/index.html";
    }
}
