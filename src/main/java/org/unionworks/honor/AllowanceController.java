package org.unionworks.honor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.honor.web.AllowanceRuleRequest;
import org.unionworks.honor.web.AllowanceViews;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.excel.SpreadsheetExports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * Honorary allowances: the amount per month by level (rules with a date from which they apply) and
 * the monthly payment list — living model workers with an honor not revoked, paid at their highest
 * level.
 */
@RestController
class AllowanceController {

    static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "DISTRICT");

    private final AllowanceRuleRepository rules;
    private final JdbcClient jdbc;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;
    private final SqlScopes sqlScopes;

    AllowanceController(AllowanceRuleRepository rules, JdbcClient jdbc, OrgTree orgTree, SpreadsheetExports exports, SqlScopes sqlScopes) {
        this.rules = rules;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    @GetMapping("/api/allowance-rules")
    @PreAuthorize("hasAuthority('honor:read')")
    List<AllowanceViews.Rule> rules() {
        return rules.findAllByOrderByLevelAscEffectiveFromDesc().stream().map(AllowanceController::view).toList();
    }

    @PostMapping("/api/allowance-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:catalogue')")
    @Transactional
    AllowanceViews.Rule addRule(@Valid @RequestBody AllowanceRuleRequest body) {
        if (rules.existsByLevelAndEffectiveFrom(body.level(), body.effectiveFrom())) {
            throw new ConflictException("该级别在这一天已有津贴标准");
        }
        return view(rules.saveAndFlush(new AllowanceRule(body.level(), body.monthlyAmount(), body.effectiveFrom())));
    }

    private static AllowanceViews.Rule view(AllowanceRule r) {
        return new AllowanceViews.Rule(r.getLevel(), r.getMonthlyAmount(), r.getEffectiveFrom());
    }

    /** The payment list of a month for the caller's subtree. */
    @GetMapping("/api/allowances")
    @PreAuthorize("hasAuthority('honor:read')")
    List<AllowanceViews.Payment> payments(@RequestParam(required = false) YearMonth month) {
        YearMonth ym = month == null ? YearMonth.now() : month;
        LocalDate first = ym.atDay(1);
        var scope = sqlScopes.mine("h.union_id");
        return scope.bind(jdbc.sql("""
                        select h.id, h.name, h.union_id, min(case t.level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2
                                                                  when 'CITY' then 3 else 4 end)
                          from honoree h
                          join honor_award a on a.honoree_id = h.id join honor_title t on t.id = a.title_id
                         where %s and h.kind = 'PERSON' and h.status <> 'DECEASED'
                           and (a.revoked_on is null or a.revoked_on > :first) and a.award_year <= :year
                         group by h.id, h.name, h.union_id order by h.id""".formatted(scope.sql())))
                .param("first", first).param("year", ym.getYear())
                .query((rs, n) -> {
                    String level = LEVELS.get(rs.getInt(4) - 1);
                    BigDecimal amount = jdbc.sql("""
                                    select monthly_amount from allowance_rule where level = :l and effective_from <= :d
                                     order by effective_from desc limit 1""")
                            .param("l", level).param("d", ym.atEndOfMonth()).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
                    return new AllowanceViews.Payment(rs.getLong(1), rs.getString(2), orgTree.nameOf(rs.getLong(3)).orElse(null),
                            level, amount);
                }).list();
    }

    @GetMapping("/api/allowances/export")
    @PreAuthorize("hasAuthority('honor:export')")
    void export(@RequestParam(required = false) YearMonth month, HttpServletResponse response) throws IOException {
        List<AllowanceViews.Payment> rows = payments(month);
        exports.write(SpreadsheetExports.download(response, "劳模荣誉津贴发放表.xlsx"), "Allowance", "津贴发放表",
                List.of("姓名", "所属工会", "荣誉级别", "每月津贴（元）"), rows.iterator(),
                r -> Arrays.asList(r.name(), r.unionName(), r.level(), r.amount()),
                SpreadsheetExports.filters("month", month));
    }
}
