package org.unionworks.craft;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SmallInnovationRepository extends JpaRepository<SmallInnovation, Long>, JpaSpecificationExecutor<SmallInnovation> {
}
