package org.unionworks.craft;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployerEvaluationRepository extends JpaRepository<EmployerEvaluation, Long>, JpaSpecificationExecutor<EmployerEvaluation> {

    Optional<EmployerEvaluation> findByEmployerIdAndEvalYearAndKind(long employerId, int evalYear, String kind);
}
