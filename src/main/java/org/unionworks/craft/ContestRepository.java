package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContestRepository extends JpaRepository<Contest, Long>, JpaSpecificationExecutor<Contest> {

    List<Contest> findByStatus(ContestStatus status);
}
