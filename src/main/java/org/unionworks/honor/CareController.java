package org.unionworks.honor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.assist.HardshipDirectory;
import org.unionworks.honor.web.CareViews;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;

/**
 * 关爱劳模 in figures: for a year and a subtree, living honorees by their highest level with how many
 * were visited and what care they received; and the honorees in hardship.
 */
@RestController
class CareController {

    /** Living honorees with an honor in force, each at the highest level of those honors. */
    private static final String HONOREE_LEVELS = """
            select h.id, h.name, h.union_id, h.id_number,
                   (select min(case t.level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'CITY' then 3 else 4 end)
                      from honor_award a join honor_title t on t.id = a.title_id
                     where a.honoree_id = h.id and a.revoked_on is null and a.award_year <= :year) as lvl
              from honoree h
             where %s and h.status <> 'DECEASED'""";
    private static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "DISTRICT");

    private final JdbcClient jdbc;
    private final OrgTree orgTree;
    private final HardshipDirectory hardship;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    CareController(JdbcClient jdbc, OrgTree orgTree, HardshipDirectory hardship, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.orgTree = orgTree;
        this.hardship = hardship;
    }

    /** Honorees with an open needy-worker file, or who received hardship aid (困难帮扶) in the year. */
    @GetMapping("/api/honorees/in-hardship")
    @PreAuthorize("hasAuthority('honor:read')")
    List<CareViews.InHardship> inHardship(@RequestParam(required = false) Long under, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        var scope = scope(under);
        List<LevelledHonoree> all = scope.bind(jdbc.sql(HONOREE_LEVELS.formatted(scope.sql()) + " order by h.id")).param("year", y)
                .query((rs, n) -> new LevelledHonoree(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, Integer.class))).list();
        Map<Long, BigDecimal> aided = new LinkedHashMap<>();
        jdbc.sql("""
                select honoree_id, sum(amount) from care_record where kind = 'HARDSHIP' and care_on between :from and :to
                 group by honoree_id""").param("from", LocalDate.of(y, 1, 1)).param("to", LocalDate.of(y, 12, 31))
                .query((rs, n) -> aided.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        var filed = hardship.withOpenFile(all.stream().map(LevelledHonoree::idNumber).toList());
        List<CareViews.InHardship> out = new ArrayList<>();
        for (LevelledHonoree r : all) {
            boolean hasFile = r.idNumber() != null && filed.contains(r.idNumber());
            BigDecimal aid = aided.get(r.id());
            if (hasFile || aid != null) {
                out.add(new CareViews.InHardship(r.id(), r.name(), orgTree.nameOf(r.unionId()).orElse(null),
                        r.level() == null ? null : LEVELS.get(r.level() - 1), hasFile, aid == null ? BigDecimal.ZERO : aid));
            }
        }
        return out;
    }

    private record LevelledHonoree(long id, String name, long unionId, String idNumber, Integer level) {
    }

    private org.unionworks.platform.access.SqlScopes.Condition scope(Long under) {
        return sqlScopes.under(under == null ? CurrentUsers.require().unionId() : under, "h.union_id");
    }
}
