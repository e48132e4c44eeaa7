package org.unionworks.platform.reminder;

import java.time.LocalDate;
import java.util.List;

/** One kind of reminder a module raises, e.g. terms that are overdue for election. */
public interface ReminderSource {

    /** Stable code, e.g. {@code TERM_OVERDUE}. */
    String kind();

    /** Chinese label of the kind, e.g. 任期已满未换届. */
    String label();

    /** The page that lists these, filtered to them (e.g. {@code /terms?tab=expired}), for the home page's 待办. */
    default String link() {
        return null;
    }

    /** Everything that needs attention on {@code today}, across the whole tree. */
    List<Due> collect(LocalDate today);

    /** One thing that needs attention, held by {@code unionId} (the union whose subtree sees it). */
    record Due(long unionId, String subjectType, long subjectId, String title, LocalDate dueOn) {
    }
}
