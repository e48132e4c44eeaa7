package org.unionworks.activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ResearchRoundRepository extends JpaRepository<ResearchRound, Long>, JpaSpecificationExecutor<ResearchRound> {
}
