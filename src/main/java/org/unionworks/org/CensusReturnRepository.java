package org.unionworks.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CensusReturnRepository extends JpaRepository<CensusReturn, Long> {

    Optional<CensusReturn> findByCensusIdAndUnionId(long censusId, long unionId);

    List<CensusReturn> findByCensusIdOrderByIdAsc(long censusId);

    boolean existsByCensusId(long censusId);
}
