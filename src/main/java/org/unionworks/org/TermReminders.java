package org.unionworks.org;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily term reminder: each morning, logs per district how many current terms are overdue and
 * how many expire within 90 days. The home page shows the same list live for each user's subtree
 * ({@code GET /api/terms/due}).
 */
@Component
class TermReminders {

    private static final Logger log = LoggerFactory.getLogger(TermReminders.class);

    private final JdbcClient jdbc;

    TermReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${unionworks.org.term-reminder-cron:0 0 6 * * *}")
    void remind() {
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                select coalesce(d.name, '市直'),
                       sum(case when t.ends_on < :today then 1 else 0 end),
                       sum(case when t.ends_on >= :today then 1 else 0 end)
                  from union_term t join union_org u on u.id = t.union_id left join union_org d on d.id = u.district_id
                 where u.status = 'ACTIVE' and t.status = 'CURRENT' and t.ends_on <= :soon
                 group by coalesce(d.name, '市直')""")
                .param("today", today).param("soon", today.plusDays(90))
                .query((rs, n) -> rs.getString(1) + "：任期已满未换届 " + rs.getLong(2) + " 家，90天内届满 " + rs.getLong(3) + " 家")
                .list().forEach(line -> log.info("换届提醒 {}", line));
    }
}
