package org.unionworks.assist;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.reminder.PendingWork;

/** Needy-worker files submitted in the user's subtree and waiting for approval. */
@Component
class AssistTodos implements PendingWork {

    private final HardshipFileRepository files;
    private final Subtrees subtrees;

    AssistTodos(HardshipFileRepository files, Subtrees subtrees) {
        this.files = files;
        this.subtrees = subtrees;
    }

    @Override
    public List<Todo> pending() {
        CurrentUser user = CurrentUsers.require();
        if (!user.can("assist:read")) {
            return List.of();
        }
        long submitted = files.count(Specification.allOf(subtrees.<HardshipFile>under(user.unionId()),
                FileSearch.of(null, "SUBMITTED", null, null, false)));
        return List.of(new Todo("FILE_SUBMITTED", "困难职工档案待审批", submitted, "/hardship-files?status=SUBMITTED"));
    }
}
