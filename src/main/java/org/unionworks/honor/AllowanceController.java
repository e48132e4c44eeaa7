package org.unionworks.honor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.unionworks.platform.data.ListFilter;
import org.unionworks.honor.web.AllowanceRuleRequest;
import org.unionworks.honor.web.AllowanceViews;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

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

    /** One page of the payment list of a month for the caller's subtree, of honorees whose name contains {@code q}. */
    @GetMapping("/api/allowances")
    @PreAuthorize("hasAuthority('honor:read')")
    PageResponse<AllowanceViews.Payment> payments(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String q,
                                                 @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        int p = PageResponse.page(page);
        int s = PageResponse.size(size);
        YearMonth ym = month == null ? YearMonth.now() : month;
        long total = payees(ym, q, "select count(*) from (%s) x", -1, 0).query(Long.class).single();
        return new PageResponse<>(paymentRows(ym, q, s, (long) (p - 1) * s), total, p, s);
    }

    /**
     * The payees of a month (honorees alive and holding an unrevoked title then, at their highest
     * level) with the allowance of that level in force at the month's end, {@code limit} of them.
     */
    private List<AllowanceViews.Payment> paymentRows(YearMonth ym, String q, int limit, long offset) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (String level : LEVELS) {
            amounts.put(level, jdbc.sql("""
                            select monthly_amount from allowance_rule where level = :l and effective_from <= :d
                             order by effective_from desc limit 1""")
                    .param("l", level).param("d", ym.atEndOfMonth()).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO));
        }
        return payees(ym, q, "%s order by h.id", limit, offset).query((rs, n) -> {
            String level = LEVELS.get(rs.getInt(4) - 1);
            return new AllowanceViews.Payment(rs.getLong(1), rs.getString(2), orgTree.nameOf(rs.getLong(3)).orElse(null),
                    level, amounts.get(level));
        }).list();
    }

    private JdbcClient.StatementSpec payees(YearMonth ym, String q, String frame, int limit, long offset) {
        var scope = sqlScopes.mine("h.union_id");
        String text = Texts.blankToNull(q);
        String payees = """
                select h.id, h.name, h.union_id, min(case t.level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2
                                                          when 'CITY' then 3 else 4 end)
                  from honoree h
                  join honor_award a on a.honoree_id = h.id join honor_title t on t.id = a.title_id
                 where %s and h.kind = 'PERSON' and h.status <> 'DECEASED'
                   and (a.revoked_on is null or a.revoked_on > :first) and a.award_year <= :year %s
                 group by h.id, h.name, h.union_id""".formatted(scope.sql(), text == null ? "" : "and h.name like :q escape '\\'");
        String sql = frame.formatted(payees) + (limit < 0 ? "" : " limit " + limit + " offset " + offset);
        var statement = scope.bind(jdbc.sql(sql)).param("first", ym.atDay(1)).param("year", ym.getYear());
        return text == null ? statement : statement.param("q", ListFilter.containing(text));
    }

    @GetMapping("/api/allowances/export")
    @PreAuthorize("hasAuthority('honor:export')")
    void export(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        List<AllowanceViews.Payment> rows = paymentRows(month == null ? YearMonth.now() : month, q, -1, 0);
        exports.write(SpreadsheetExports.download(response, "劳模荣誉津贴发放表.xlsx"), "Allowance", "津贴发放表",
                List.of("姓名", "所属工会", "荣誉级别", "每月津贴（元）"), rows.iterator(),
                r -> Arrays.asList(r.name(), r.unionName(), r.level(), r.amount()),
                SpreadsheetExports.filters("month", month, "q", q));
    }
}
