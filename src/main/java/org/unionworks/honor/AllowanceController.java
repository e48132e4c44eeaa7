package org.unionworks.honor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.SpreadsheetExports;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Honorary allowances: the amount per month by level (rules with a date from which they apply) and
 * the monthly payment list — living model workers with an honor not revoked, paid at their highest
 * level.
 */
@RestController
class AllowanceController {

    static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "DISTRICT");

    private final JdbcClient jdbc;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    AllowanceController(JdbcClient jdbc, OrgTree orgTree, SpreadsheetExports exports, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    @GetMapping("/api/allowance-rules")
    @PreAuthorize("hasAuthority('honor:read')")
    List<Map<String, Object>> rules() {
        return jdbc.sql("select level, monthly_amount, effective_from from allowance_rule order by level, effective_from desc")
                .query((rs, n) -> Map.<String, Object>of("level", rs.getString(1), "monthlyAmount", rs.getBigDecimal(2),
                        "effectiveFrom", rs.getObject(3, LocalDate.class))).list();
    }

    @PostMapping("/api/allowance-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:catalogue')")
    Map<String, Object> addRule(@RequestBody Map<String, String> body) {
        String level = body.get("level");
        BigDecimal amount;
        LocalDate from;
        try {
            amount = new BigDecimal(body.get("monthlyAmount"));
            from = LocalDate.parse(body.get("effectiveFrom"));
        } catch (RuntimeException e) {
            throw new InvalidInputException("monthlyAmount", "请填写每月金额和执行日期");
        }
        if (!LEVELS.contains(level) || amount.signum() < 0) {
            throw new InvalidInputException("level", "请选择级别，金额不能为负数");
        }
        jdbc.sql("insert into allowance_rule (level, monthly_amount, effective_from, created_at) values (:l, :a, :f, :now)")
                .param("l", level).param("a", amount).param("f", from).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return Map.of("level", level, "monthlyAmount", amount, "effectiveFrom", from);
    }

    /** The payment list of a month for the caller's subtree. */
    @GetMapping("/api/allowances")
    @PreAuthorize("hasAuthority('honor:read')")
    List<Map<String, Object>> payments(@RequestParam(required = false) String month) {
        YearMonth ym = month == null ? YearMonth.now() : YearMonth.parse(month);
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
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("honoreeId", rs.getLong(1));
                    m.put("name", rs.getString(2));
                    m.put("unionName", orgTree.nameOf(rs.getLong(3)).orElse(null));
                    m.put("level", level);
                    m.put("amount", amount);
                    return m;
                }).list();
    }

    @GetMapping("/api/allowances/export")
    @PreAuthorize("hasAuthority('honor:export')")
    void export(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = payments(month);
        exports.write(SpreadsheetExports.download(response, "劳模荣誉津贴发放表.xlsx"), "Allowance", "津贴发放表",
                List.of("姓名", "所属工会", "荣誉级别", "每月津贴（元）"), rows.iterator(),
                r -> Arrays.asList(r.get("name"), r.get("unionName"), r.get("level"), r.get("amount")),
                SpreadsheetExports.filters("month", month));
    }
}
