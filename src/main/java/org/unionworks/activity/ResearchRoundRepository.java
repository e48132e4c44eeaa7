package org.unionworks.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchRoundRepository extends JpaRepository<ResearchRound, Long> {
}
