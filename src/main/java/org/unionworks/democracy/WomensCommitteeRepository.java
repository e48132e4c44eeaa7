package org.unionworks.democracy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WomensCommitteeRepository extends JpaRepository<WomensCommittee, Long>, JpaSpecificationExecutor<WomensCommittee> {

    Optional<WomensCommittee> findByUnionId(long unionId);
}
