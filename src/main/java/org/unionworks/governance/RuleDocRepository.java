package org.unionworks.governance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RuleDocRepository extends JpaRepository<RuleDoc, Long>, JpaSpecificationExecutor<RuleDoc> {
}
