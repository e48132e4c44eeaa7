package org.unionworks.org;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.reminder.ReminderSource;

/**
 * Term reminders raised by the daily reminder job: overdue terms, and terms ending within 90
 * days, by the deadline (the term's end, or an approved 延期换届). Each reminder belongs to the union whose term it is, so it shows to that union and to
 * every union above it.
 */
@Configuration(proxyBeanMethods = false)
class TermReminders {

    private static final String CURRENT_TERMS = """
            select u.id, u.name, t.id, coalesce(t.postponed_to, t.ends_on) deadline from union_term t join union_org u on u.id = t.union_id
             where u.status = 'ACTIVE' and t.status = 'CURRENT' and coalesce(t.postponed_to, t.ends_on) >= :from
               and coalesce(t.postponed_to, t.ends_on) < :to
             order by deadline""";

    @Bean
    ReminderSource overdueTermReminders(JdbcClient jdbc) {
        return source("TERM_OVERDUE", "任期已满未换届", "/terms?tab=expired", jdbc, today -> LocalDate.of(1900, 1, 1), today -> today,
                (name, ends, today) -> name + " 换届期限 " + ends + " 已过，逾期 " + ChronoUnit.DAYS.between(ends, today) + " 天未换届");
    }

    @Bean
    ReminderSource expiringTermReminders(JdbcClient jdbc) {
        return source("TERM_EXPIRING", "90天内届满", "/terms?tab=expiring", jdbc, today -> today, today -> today.plusDays(91),
                (name, ends, today) -> name + " 任期将于 " + ends + " 届满（还有 " + ChronoUnit.DAYS.between(today, ends) + " 天）");
    }

    private interface Title {
        String of(String union, LocalDate endsOn, LocalDate today);
    }

    private static ReminderSource source(String kind, String label, String link, JdbcClient jdbc,
                                         java.util.function.UnaryOperator<LocalDate> from,
                                         java.util.function.UnaryOperator<LocalDate> to, Title title) {
        return new ReminderSource() {
            public String kind() { return kind; }
            public String label() { return label; }
            public String link() { return link; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql(CURRENT_TERMS).param("from", from.apply(today)).param("to", to.apply(today))
                        .query((rs, n) -> {
                            LocalDate ends = rs.getObject(4, LocalDate.class);
                            return new Due(rs.getLong(1), "UnionTerm", rs.getLong(3), title.of(rs.getString(2), ends, today), ends);
                        }).list();
            }
        };
    }
}
