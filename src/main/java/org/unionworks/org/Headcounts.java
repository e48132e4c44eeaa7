package org.unionworks.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.data.KeyLookups;

/** The history of employers' 职工人数: one count per employer and day, the same day's count replaced. */
@Component
class Headcounts {

    private final HeadcountRepository counts;
    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final KeyLookups keys;

    Headcounts(HeadcountRepository counts, JdbcClient jdbc, BulkWriter bulk, KeyLookups keys) {
        this.counts = counts;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.keys = keys;
    }

    Headcount count(long employerId, LocalDate on, int employees) {
        Headcount h = counts.findByEmployerIdAndCountedOn(employerId, on).orElse(null);
        if (h == null) {
            return counts.saveAndFlush(new Headcount(employerId, on, employees));
        }
        h.recount(employees);
        return counts.saveAndFlush(h);
    }

    /**
     * Many employers' counts on one day, as {@link #count} each, in two statements: the figures' tallies follow every
     * statement on this table (PostgreSQL triggers), which made an import's one insert per employer cost 10–20 ms.
     */
    void countAll(Map<Long, Integer> employeesById, LocalDate on) {
        if (employeesById.isEmpty()) {
            return;
        }
        jdbc.sql("delete from employer_headcount where " + keys.idsWhere("employer_headcount", "employer_id", "ids", "counted_on = :on"))
                .param("on", on).param("ids", KeyLookups.keys("bigint", employeesById.keySet())).update();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.write("employer_headcount", List.of("employer_id", "counted_on", "employees", "created_at"), employeesById.entrySet()
                .stream().map(e -> new Object[] {e.getKey(), on, e.getValue(), now}).iterator());
    }

    /** Whether a count from this day on is the employer's current one (no later count exists). */
    boolean isLatest(long employerId, LocalDate on) {
        return counts.findFirstByEmployerIdOrderByCountedOnDesc(employerId).map(h -> !on.isBefore(h.getCountedOn())).orElse(true);
    }

    List<Headcount> history(long employerId) {
        return counts.findByEmployerIdOrderByCountedOnDesc(employerId);
    }
}
