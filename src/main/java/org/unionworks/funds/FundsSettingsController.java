package org.unionworks.funds;

import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.funds.web.CloseMonthRequest;
import org.unionworks.funds.web.FundsViews;
import org.unionworks.funds.web.ReturnRuleRequest;
import org.unionworks.funds.web.ShareRequest;

import jakarta.validation.Valid;

/** The register's settings: the dated split between the levels, the dated 小微企业返还 rule, and the closed months. */
@RestController
class FundsSettingsController {

    private final FundsSettingsService service;
    private final FundShareRepository shares;
    private final ReturnRuleRepository rules;
    private final FundsMonths months;

    FundsSettingsController(FundsSettingsService service, FundShareRepository shares, ReturnRuleRepository rules, FundsMonths months) {
        this.service = service;
        this.shares = shares;
        this.rules = rules;
        this.months = months;
    }

    @GetMapping("/api/funds/shares")
    @PreAuthorize("hasAuthority('funds:read')")
    List<FundsViews.ShareView> shares() {
        return shares.findAllByOrderByPayerTypeAscEffectiveFromDesc().stream().map(FundsSettingsController::view).toList();
    }

    @PostMapping("/api/funds/shares")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.ShareView saveShare(@Valid @RequestBody ShareRequest r) {
        return view(service.saveShare(r));
    }

    @GetMapping("/api/funds/return-rules")
    @PreAuthorize("hasAuthority('funds:read')")
    List<FundsViews.ReturnRuleView> rules() {
        return rules.findAllByOrderByEffectiveFromDesc().stream().map(FundsSettingsController::view).toList();
    }

    @PostMapping("/api/funds/return-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.ReturnRuleView saveRule(@Valid @RequestBody ReturnRuleRequest r) {
        return view(service.saveRule(r));
    }

    @GetMapping("/api/funds/closed-months")
    @PreAuthorize("hasAuthority('funds:read')")
    List<FundsViews.ClosedMonthView> closedMonths() {
        return months.closedMonths().stream().map(FundsSettingsController::view).toList();
    }

    @PostMapping("/api/funds/closed-months")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('funds:write')")
    FundsViews.ClosedMonthView close(@Valid @RequestBody CloseMonthRequest r) {
        return view(months.close(r.month()));
    }

    private static FundsViews.ShareView view(FundShare s) {
        var p = s.percents();
        return new FundsViews.ShareView(s.getId(), s.getPayerType().name(), s.getEffectiveFrom(), p.get(0), p.get(1), p.get(2), p.get(3),
                p.get(4), s.getNote());
    }

    private static FundsViews.ReturnRuleView view(ReturnRule r) {
        return new FundsViews.ReturnRuleView(r.getId(), r.getEffectiveFrom(), r.getMaxEmployees(), r.getReturnPercent(), r.isRequirePaidUp(),
                r.getNote());
    }

    private static FundsViews.ClosedMonthView view(ClosedMonth m) {
        return new FundsViews.ClosedMonthView(YearMonth.from(m.getFundsMonth()).toString(), m.getClosedAt(), m.getClosedBy());
    }
}
