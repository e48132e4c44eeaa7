package org.unionworks.platform.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.SortDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.web.PageResponse;

/** The reminders of the caller's subtree: a summary by kind and the list of one kind. */
@RestController
class ReminderController {

    record Summary(String kind, String label, long count) {
    }

    record ReminderItem(long id, String kind, long unionId, String subjectType, long subjectId, String title, LocalDate dueOn,
                LocalDate generatedOn) {
    }

    private final ReminderRepository reminders;
    private final ReminderJob job;
    private final AuditService audit;

    ReminderController(ReminderRepository reminders, ReminderJob job, AuditService audit) {
        this.reminders = reminders;
        this.job = job;
        this.audit = audit;
    }

    @GetMapping("/api/reminders/summary")
    @Transactional(readOnly = true)
    List<Summary> summary() {
        Map<String, String> labels = job.labels();
        List<Summary> out = new ArrayList<>();
        for (Object[] row : reminders.countByKind()) {
            String kind = (String) row[0];
            out.add(new Summary(kind, labels.getOrDefault(kind, kind), ((Number) row[1]).longValue()));
        }
        List<String> order = List.copyOf(labels.keySet());
        out.sort((a, b) -> order.indexOf(a.kind()) - order.indexOf(b.kind()));
        return out;
    }

    @GetMapping("/api/reminders")
    @Transactional(readOnly = true)
    PageResponse<ReminderItem> list(@RequestParam String kind, @SortDefault(sort = "dueOn") Pageable pageable) {
        return PageResponse.of(reminders.findByKind(kind, pageable).map(r -> new ReminderItem(r.getId(), r.getKind(),
                r.getUnionId(), r.getSubjectType(), r.getSubjectId(), r.getTitle(), r.getDueOn(), r.getGeneratedOn())));
    }

    @PostMapping("/api/reminders/refresh")
    @PreAuthorize("hasAuthority('reminder:refresh')")
    Map<String, Integer> refresh() {
        Map<String, Integer> counts = job.refresh();
        audit.record(AuditAction.UPDATE, "Reminder", null, "刷新待办提醒", Map.of("reminders", counts));
        return counts;
    }
}
