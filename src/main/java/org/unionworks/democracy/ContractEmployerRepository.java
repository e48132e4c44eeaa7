package org.unionworks.democracy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractEmployerRepository extends JpaRepository<ContractEmployer, Long> {

    List<ContractEmployer> findByContractIdOrderById(long contractId);

    Optional<ContractEmployer> findByContractIdAndEmployerId(long contractId, long employerId);

    long countByContractId(long contractId);

    List<ContractEmployer> findByContractIdInOrderById(java.util.Collection<Long> contractIds);
}
