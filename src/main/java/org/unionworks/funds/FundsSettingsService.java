package org.unionworks.funds;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.ReturnRuleRequest;
import org.unionworks.funds.web.ShareRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.Texts;

/**
 * The dated rules of the register, set by the city federation: the split between the levels and the 小微企业返还 rule. A rule
 * is changed by a new one from a later day (the months and years before keep theirs); one from the same day is replaced.
 */
@Service
class FundsSettingsService {

    private final FundShareRepository shares;
    private final ReturnRuleRepository rules;
    private final OrgTree orgTree;

    FundsSettingsService(FundShareRepository shares, ReturnRuleRepository rules, OrgTree orgTree) {
        this.shares = shares;
        this.rules = rules;
        this.orgTree = orgTree;
    }

    @Transactional
    FundShare saveShare(ShareRequest r) {
        requireCity();
        Remittance.PayerType type = RemittanceService.payerType(r.payerType());
        List<BigDecimal> percents = List.of(r.grassroots(), r.district(), r.city(), r.province(), r.national());
        if (percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new InvalidInputException("grassroots", "各级比例之和应为100%");
        }
        FundShare s = shares.findByPayerTypeAndEffectiveFrom(type, r.effectiveFrom()).orElseGet(() -> new FundShare(type, r.effectiveFrom()));
        s.percents(percents, Texts.blankToNull(r.note()));
        return shares.saveAndFlush(s);
    }

    @Transactional
    ReturnRule saveRule(ReturnRuleRequest r) {
        requireCity();
        ReturnRule rule = rules.findByEffectiveFrom(r.effectiveFrom()).orElseGet(() -> new ReturnRule(r.effectiveFrom()));
        rule.describe(r.maxEmployees(), r.returnPercent(), r.requirePaidUp(), Texts.blankToNull(r.note()));
        return rules.saveAndFlush(rule);
    }

    private void requireCity() {
        if (CurrentUsers.require().unionId() != orgTree.rootId()) {
            throw new ForbiddenException("经费分成比例和返还规则由市总工会设置");
        }
    }
}
