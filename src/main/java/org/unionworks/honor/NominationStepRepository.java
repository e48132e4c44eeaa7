package org.unionworks.honor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NominationStepRepository extends JpaRepository<NominationStep, Long> {

    List<NominationStep> findByNominationIdOrderById(long nominationId);

    /** Who put the nomination forward or resubmitted it last: never its reviewer. */
    Optional<NominationStep> findFirstByNominationIdAndActionOrderByDoneAtDescIdDesc(long nominationId, NominationStep.Action action);
}
