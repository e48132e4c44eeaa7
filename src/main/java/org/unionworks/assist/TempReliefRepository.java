package org.unionworks.assist;

import org.springframework.data.jpa.repository.JpaRepository;

interface TempReliefRepository extends JpaRepository<TempRelief, Long> {
}
