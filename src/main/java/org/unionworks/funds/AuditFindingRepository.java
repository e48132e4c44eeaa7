package org.unionworks.funds;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {

    List<AuditFinding> findByAuditIdOrderById(long auditId);

    List<AuditFinding> findByAuditIdIn(Collection<Long> auditIds);
}
