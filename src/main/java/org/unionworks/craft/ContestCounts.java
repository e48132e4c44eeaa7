package org.unionworks.craft;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The numbers of a contest, by the same rules as the craft figures. */
@Component
class ContestCounts {

    /**
     * 参赛人次 of contest {@code c}: each unit's reported number, or its listed entrants where it reported none,
     * plus the listed entrants of no unit.
     */
    static final String PARTICIPANTS = """
            ((select coalesce(sum(coalesce(u.entrants, (select count(*) from contest_entrant ue where ue.unit_id = u.id))), 0)
                from contest_unit u where u.contest_id = c.id)
             + (select count(*) from contest_entrant ne where ne.contest_id = c.id and ne.unit_id is null))""";

    record Totals(long items, long units, long participants, long finalists, long winners, long openObjections) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);
    }

    private final JdbcClient jdbc;

    ContestCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Totals> of(Collection<Long> contestIds) {
        Map<Long, Totals> totals = new HashMap<>();
        if (contestIds.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                select c.id,
                       (select count(*) from contest_item i where i.contest_id = c.id),
                       (select count(*) from contest_unit u where u.contest_id = c.id),
                       %s,
                       (select count(*) from contest_entrant e where e.contest_id = c.id and e.stage = 'FINAL'),
                       (select count(*) from contest_entrant e where e.contest_id = c.id and e.prize_tier is not null),
                       (select count(*) from contest_objection o where o.contest_id = c.id and o.resolved_at is null)
                  from contest c where c.id in (:ids)""".formatted(PARTICIPANTS))
                .param("ids", contestIds)
                .query((rs, n) -> totals.put(rs.getLong(1), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)))).list();
        contestIds.forEach(id -> totals.putIfAbsent(id, Totals.NONE));
        return totals;
    }
}
