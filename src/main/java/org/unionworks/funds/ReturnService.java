package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.AmountCorrection;
import org.unionworks.funds.web.FundReturnRequest;
import org.unionworks.funds.web.FundsViews;
import org.unionworks.org.EmployerProfile;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/**
 * 小微企业返还: which small enterprises the rule in force at the year's end makes eligible (a union of their own, at most the
 * rule's employees, with the rule's paid-up condition), what each gets (the rule's share of the 工会经费 it paid in the
 * year), the returns paid and their corrections.
 */
@Service
class ReturnService {

    private final FundReturnRepository returns;
    private final ReturnRuleRepository rules;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final Scopes scopes;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final FundsMonths months;
    private final AmountCorrections corrections;

    ReturnService(FundReturnRepository returns, ReturnRuleRepository rules, OrgDirectory orgs, OrgTree orgTree, Scopes scopes,
                  SqlScopes sqlScopes, JdbcClient jdbc, FundsMonths months, AmountCorrections corrections) {
        this.corrections = corrections;
        this.returns = returns;
        this.rules = rules;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.scopes = scopes;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.months = months;
    }

    ReturnRule ruleOf(int year) {
        return rules.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate.of(year, 12, 31))
                .orElseThrow(() -> new InvalidInputException("year", year + "年度没有适用的小微企业返还规则，请先在“返还规则”中设置"));
    }

    /** The eligible small enterprises under {@code under} for {@code year}, those not yet paid first, then by amount. */
    @Transactional(readOnly = true)
    List<FundsViews.EligibleReturn> eligible(long under, int year) {
        ReturnRule rule = ruleOf(year);
        var scope = sqlScopes.under(under, "r.union_id");
        Map<Long, BigDecimal[]> paid = new HashMap<>();
        scope.bind(jdbc.sql("select r.employer_id, sum(r.due), sum(r.paid) from remittance r where " + scope.sql()
                        + " and r.payer_type = 'FUNDS' and r.employer_id is not null and r.funds_month between :from and :to"
                        + " group by r.employer_id having sum(r.paid) > 0"))
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1))
                .query((rs, n) -> paid.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)})).list();
        List<FundsViews.EligibleReturn> found = new ArrayList<>();
        List<Long> ids = new ArrayList<>(paid.keySet());
        for (int i = 0; i < ids.size(); i += 1000) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            Map<Long, EmployerProfile> employers = orgs.employerProfilesById(chunk);
            Set<Long> returned = new HashSet<>(returns.findByYearAndEntryNoAndEmployerIdIn(year, 0, chunk).stream()
                    .map(FundReturn::getEmployerId).toList());
            for (Long id : chunk) {
                EmployerProfile e = employers.get(id);
                BigDecimal[] sums = paid.get(id);
                if (e != null && problem(rule, e, sums[0], sums[1]) == null) {
                    found.add(new FundsViews.EligibleReturn(id, e.name(), e.creditCode(), e.coveringUnionId(),
                            orgTree.nameOf(e.coveringUnionId()).orElse(null), e.employees(), sums[1], sums[0].subtract(sums[1]).max(BigDecimal.ZERO),
                            rule.returnOf(sums[1]), returned.contains(id)));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(FundsViews.EligibleReturn::returned)
                .thenComparing(FundsViews.EligibleReturn::amount, java.util.Comparator.reverseOrder()));
        return found;
    }

    /** Why {@code e} gets no return under {@code rule}, or null when it does. */
    static String problem(ReturnRule rule, EmployerProfile e, BigDecimal due, BigDecimal paid) {
        if (e.coveringUnionId() == null) {
            return "该单位尚未建立工会（由基层工会涵盖），不能返还";
        }
        if (e.employees() > rule.getMaxEmployees()) {
            return "该单位职工" + e.employees() + "人，超过返还规则的" + rule.getMaxEmployees() + "人";
        }
        if (paid.signum() <= 0) {
            return "该单位该年度未缴纳工会经费";
        }
        if (rule.isRequirePaidUp() && paid.compareTo(due) < 0) {
            return "该单位该年度欠缴工会经费" + due.subtract(paid).toPlainString() + "元，按规则须足额缴纳后返还";
        }
        return null;
    }

    @Transactional
    FundReturn pay(FundReturnRequest r) {
        String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
        EmployerProfile e = code == null ? null : orgs.employerProfiles(List.of(code)).get(code);
        if (e == null) {
            throw new NotFoundException("该统一社会信用代码的单位");
        }
        scopes.requireOpen(e.ownerUnionId());
        if (r.returnedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("returnedOn", "返还日期不能晚于今天");
        }
        if (r.returnedOn().getYear() < r.year()) {
            throw new InvalidInputException("returnedOn", "返还日期不能早于返还年度");
        }
        months.requireOpen(r.returnedOn(), "该月份的返还记录");
        if (returns.existsByEmployerIdAndYearAndEntryNo(e.id(), r.year(), 0)) {
            throw new ConflictException(e.name() + " " + r.year() + "年度的工会经费已返还；如需调整请录入更正");
        }
        ReturnRule rule = ruleOf(r.year());
        BigDecimal[] sums = jdbc.sql("""
                        select coalesce(sum(due), 0), coalesce(sum(paid), 0) from remittance
                         where employer_id = :employer and payer_type = 'FUNDS' and funds_month between :from and :to""")
                .param("employer", e.id()).param("from", LocalDate.of(r.year(), 1, 1)).param("to", LocalDate.of(r.year(), 12, 1))
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        String problem = problem(rule, e, sums[0], sums[1]);
        if (problem != null) {
            throw new InvalidInputException("creditCode", problem);
        }
        BigDecimal amount = r.amount() == null ? rule.returnOf(sums[1]) : r.amount();
        if (amount.compareTo(sums[1]) > 0) {
            throw new InvalidInputException("amount", "返还金额不能超过该单位该年度实缴的" + sums[1].toPlainString() + "元");
        }
        FundReturn f = new FundReturn(e.coveringUnionId(), e.districtId(), e.id(), r.year(), sums[1], rule.getId());
        f.paid(amount, r.returnedOn(), r.approvalNo().strip(), Texts.blankToNull(r.note()));
        return returns.saveAndFlush(f);
    }

    @Transactional
    FundReturn correct(long id, AmountCorrection r) {
        FundReturn original = returns.findById(id).orElseThrow(() -> new NotFoundException("返还记录"));
        BigDecimal total = corrections.totalAfter("fund_return", "返还", id, original.getCorrectionOf() != null, original.getReturnedOn(), r);
        if (total.signum() < 0 || total.compareTo(original.getPaidInYear()) > 0) {
            throw new InvalidInputException("amount", "更正后的返还金额应在0到该年度实缴的" + original.getPaidInYear().toPlainString() + "元之间");
        }
        FundReturn c = FundReturn.correcting(original, returns.lastEntryNo(original.getEmployerId(), original.getYear()) + 1);
        c.paid(r.amount(), r.on(), r.approvalNo().strip(), r.note().strip());
        return returns.saveAndFlush(c);
    }
}
