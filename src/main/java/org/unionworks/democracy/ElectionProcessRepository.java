package org.unionworks.democracy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectionProcessRepository extends JpaRepository<ElectionProcess, Long>, JpaSpecificationExecutor<ElectionProcess> {

    Optional<ElectionProcess> findByElectionId(long electionId);

    boolean existsByElectionId(long electionId);
}
