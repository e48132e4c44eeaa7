package org.unionworks.org;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.reminder.PendingWork;

/** Open census campaigns in which unions of the user's subtree have not yet returned their form. */
@Component
class CensusTodos implements PendingWork {

    private final CensusQueries queries;

    CensusTodos(CensusQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Todo> pending() {
        if (!CurrentUsers.require().can("org:read")) {
            return List.of();
        }
        return queries.campaigns(PageRequest.of(0, 50)).stream()
                .filter(c -> "OPEN".equals(c.status()) && c.returned() < c.targets())
                .map(c -> new Todo("CENSUS_UNRETURNED", "摸底排查“" + c.name() + "”未填报的工会", c.targets() - c.returned(),
                        "/census/" + c.id()))
                .toList();
    }
}
