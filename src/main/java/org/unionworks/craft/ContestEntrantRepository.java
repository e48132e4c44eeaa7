package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContestEntrantRepository extends JpaRepository<ContestEntrant, Long>, JpaSpecificationExecutor<ContestEntrant> {

    List<ContestEntrant> findByContestIdAndStageOrderByItemIdAscRankingAsc(long contestId, ContestStage stage);

    long countByContestIdAndStage(long contestId, ContestStage stage);

    java.util.Optional<ContestEntrant> findByItemIdAndIdNumber(long itemId, String idNumber);

    long countByItemId(long itemId);

    long countByUnitId(long unitId);
}
