package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** The history of employers' 职工人数: one count per employer and day, the same day's count replaced. */
@Component
class Headcounts {

    private final HeadcountRepository counts;

    Headcounts(HeadcountRepository counts) {
        this.counts = counts;
    }

    Headcount count(long employerId, LocalDate on, int employees) {
        Headcount h = counts.findByEmployerIdAndCountedOn(employerId, on).orElse(null);
        if (h == null) {
            return counts.saveAndFlush(new Headcount(employerId, on, employees));
        }
        h.recount(employees);
        return counts.saveAndFlush(h);
    }

    /** Whether a count from this day on is the employer's current one (no later count exists). */
    boolean isLatest(long employerId, LocalDate on) {
        return counts.findFirstByEmployerIdOrderByCountedOnDesc(employerId).map(h -> !on.isBefore(h.getCountedOn())).orElse(true);
    }

    List<Headcount> history(long employerId) {
        return counts.findByEmployerIdOrderByCountedOnDesc(employerId);
    }
}
