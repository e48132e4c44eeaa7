package org.unionworks.rights;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByCaseIdOrderByStepOnAscIdAsc(long caseId);
}
