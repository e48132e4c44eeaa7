package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContestObjectionRepository extends JpaRepository<ContestObjection, Long> {

    List<ContestObjection> findByContestIdOrderById(long contestId);

    long countByContestIdAndResolvedAtIsNull(long contestId);
}
