package org.unionworks.platform.reminder;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Regenerates every kind of reminder each morning, at start-up, and when an administrator asks. */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final List<ReminderSource> sources;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ReminderJob(List<ReminderSource> sources, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    Map<String, ReminderSource> sources() {
        Map<String, ReminderSource> byKind = new LinkedHashMap<>();
        sources.forEach(s -> byKind.put(s.kind(), s));
        return byKind;
    }

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        sources.forEach(s -> labels.put(s.kind(), s.label()));
        return labels;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        refresh();
    }

    @Scheduled(cron = "${unionworks.reminders.cron:0 0 6 * * *}")
    void daily() {
        refresh();
    }

    /** Replaces each kind's reminders in one transaction, so readers never see a half-built list. */
    Map<String, Integer> refresh() {
        return tx.execute(status -> replaceAll());
    }

    private Map<String, Integer> replaceAll() {
        LocalDate today = LocalDate.now();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReminderSource source : sources) {
            List<ReminderSource.Due> due = source.collect(today);
            jdbc.update("delete from reminder where kind = ?", source.kind());
            jdbc.batchUpdate("""
                    insert into reminder (kind, union_id, subject_type, subject_id, title, due_on, generated_on)
                    values (?, ?, ?, ?, ?, ?, ?)""", due, 1000, (ps, d) -> {
                ps.setString(1, source.kind());
                ps.setLong(2, d.unionId());
                ps.setString(3, d.subjectType());
                ps.setLong(4, d.subjectId());
                ps.setString(5, d.title().length() > 300 ? d.title().substring(0, 300) : d.title());
                ps.setDate(6, d.dueOn() == null ? null : Date.valueOf(d.dueOn()));
                ps.setDate(7, Date.valueOf(today));
            });
            counts.put(source.kind(), due.size());
            log.info("提醒 {}（{}）：{} 条", source.label(), source.kind(), due.size());
        }
        return counts;
    }
}
