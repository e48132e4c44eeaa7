package org.unionworks.democracy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CollectiveContractRepository extends JpaRepository<CollectiveContract, Long>, JpaSpecificationExecutor<CollectiveContract> {
}
