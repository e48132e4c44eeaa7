package org.unionworks.democracy;

import org.springframework.stereotype.Component;
import org.unionworks.org.ElectionProcedure;

/** Elections kept here by the rules are held by approving their result, not by the term's quick path. */
@Component
class ElectionProcedureRecords implements ElectionProcedure {

    private final ElectionProcessRepository processes;

    ElectionProcedureRecords(ElectionProcessRepository processes) {
        this.processes = processes;
    }

    @Override
    public boolean governs(long electionId) {
        return processes.existsByElectionId(electionId);
    }
}
