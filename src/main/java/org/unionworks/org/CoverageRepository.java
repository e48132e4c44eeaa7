package org.unionworks.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoverageRepository extends JpaRepository<Coverage, Long> {

    List<Coverage> findByUnionIdOrderByFromDateDesc(long unionId);

    List<Coverage> findByEmployerIdOrderByFromDateDesc(long employerId);

    Optional<Coverage> findByEmployerIdAndToDateIsNull(long employerId);

    List<Coverage> findByEmployerIdInAndToDateIsNull(java.util.Collection<Long> employerIds);

    List<Coverage> findByUnionIdAndToDateIsNull(long unionId);
}
