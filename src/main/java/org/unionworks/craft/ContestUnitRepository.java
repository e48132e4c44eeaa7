package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContestUnitRepository extends JpaRepository<ContestUnit, Long> {

    List<ContestUnit> findByContestIdOrderById(long contestId);
}
