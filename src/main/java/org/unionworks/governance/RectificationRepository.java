package org.unionworks.governance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RectificationRepository extends JpaRepository<Rectification, Long>, JpaSpecificationExecutor<Rectification> {

    long countByResearchId(long researchId);
}
