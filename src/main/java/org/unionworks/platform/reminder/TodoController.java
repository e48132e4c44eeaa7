package org.unionworks.platform.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 待办: one list of what the signed-in user should act on, live work first, then the daily reminders of the
 * user's subtree; each entry links to the page that lists exactly those things.
 */
@RestController
class TodoController {

    private final List<PendingWork> work;
    private final ReminderRepository reminders;
    private final ReminderJob job;

    TodoController(List<PendingWork> work, ReminderRepository reminders, ReminderJob job) {
        this.work = work;
        this.reminders = reminders;
        this.job = job;
    }

    @GetMapping("/api/todo")
    @Transactional(readOnly = true)
    List<PendingWork.Todo> todo() {
        List<PendingWork.Todo> out = new ArrayList<>();
        work.forEach(w -> w.pending().stream().filter(t -> t.count() > 0).forEach(out::add));
        Map<String, ReminderSource> sources = job.sources();
        List<String> order = List.copyOf(sources.keySet());
        List<PendingWork.Todo> stored = new ArrayList<>();
        for (Object[] row : reminders.countByKind()) {
            ReminderSource source = sources.get((String) row[0]);
            if (source != null) {
                stored.add(new PendingWork.Todo(source.kind(), source.label(), ((Number) row[1]).longValue(), source.link()));
            }
        }
        stored.sort((a, b) -> order.indexOf(a.kind()) - order.indexOf(b.kind()));
        out.addAll(stored);
        return out;
    }
}
