package org.unionworks.funds;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FundsAuditRepository extends JpaRepository<FundsAudit, Long>, JpaSpecificationExecutor<FundsAudit> {
}
