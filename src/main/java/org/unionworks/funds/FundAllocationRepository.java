package org.unionworks.funds;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FundAllocationRepository extends JpaRepository<FundAllocation, Long>, JpaSpecificationExecutor<FundAllocation> {

    boolean existsByCorrectionOf(long id);
}
